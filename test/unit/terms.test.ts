// Terms and the glossary (docs/annotation.md §5): boundaries, longest match, aliases, user entries,
// and the built-in data itself.
import { strict as assert } from 'node:assert';
import { BUILTIN_GLOSSARY } from '../../src/core/glossary';
import { compileGlossary, findTerms } from '../../src/core/terms';
import type { GlossaryEntry } from '../../src/core/types';

const builtin = compileGlossary([]);
const find = (text: string, g = builtin) => findTerms(text, 0, text.length, g).map(t => [t.text, t.entry]);

describe('terms: matching', () => {
  const rows: { name: string; text: string; want: [string, string][] }[] = [
    { name: 'a plain term', text: '发展新质生产力。', want: [['新质生产力', '新质生产力']] },
    { name: 'longest match: 小巨人 inside 专精特新“小巨人”', text: '专精特新“小巨人”企业达1.2万家。', want: [['专精特新“小巨人”', '小巨人']] },
    { name: 'a lone 小巨人', text: '发挥“小巨人”企业引领作用。', want: [['小巨人', '小巨人']] },
    { name: 'longest match: 专精特新专板 over 专精特新', text: '建设好专精特新专板。', want: [['专精特新专板', '专精特新专板']] },
    { name: 'longest match: 二十届三中全会 over 三中全会', text: '党的二十届三中全会审议通过。', want: [['二十届三中全会', '二十届三中全会']] },
    { name: 'generic 三中全会', text: '十九届二中、三中全会精神。', want: [['三中全会', '三中全会']] },
    { name: 'longest match: 地方政府专项债券 over 专项债', text: '发行地方政府专项债券和专项债。', want: [['地方政府专项债券', '地方政府专项债券'], ['专项债', '专项债']] },
    { name: 'longest match: 18亿亩耕地红线 over 耕地红线', text: '守住18亿亩耕地红线，严守耕地红线。', want: [['18亿亩耕地红线', '18亿亩耕地红线'], ['耕地红线', '耕地红线']] },
    { name: 'alias 首台套 and 首台(套)', text: '完善首台(套)政策，首台套保险。', want: [['首台(套)', '首台(套)'], ['首台套', '首台(套)']] },
    { name: 'traditional alias', text: '共建一帶一路，推動高質量發展。', want: [['一帶一路', '一带一路'], ['高質量發展', '高质量发展']] },
    { name: 'alias of 集采', text: '推进药品集中带量采购。', want: [['药品集中带量采购', '集采']] },
    { name: 'three pillars', text: '第一支柱、第二支柱和第三支柱。', want: [['第一支柱', '第一支柱'], ['第二支柱', '第二支柱'], ['第三支柱', '第三支柱']] },
    { name: 'a Latin term on word boundaries', text: '5年期以上LPR下调。', want: [['LPR', 'LPR']] },
    { name: 'not inside a longer Latin word', text: 'LPRS和XLPR不是。', want: [] },
    { name: 'a term ending in +', text: '开展“人工智能+制造”行动。', want: [['人工智能+', '人工智能+']] },
    { name: 'adjacent terms', text: '碳达峰碳中和', want: [['碳达峰', '碳达峰'], ['碳中和', '碳中和']] },
    { name: 'nothing to find', text: '今天天气很好。', want: [] },
  ];
  for (const r of rows) {
    it(r.name, () => { assert.deepEqual(find(r.text), r.want); });
  }

  it('returns spans that slice back to their text, sorted and non-overlapping', () => {
    const text = '加快推进新型工业化，为推进中国式现代化提供支撑，培育专精特新“小巨人”企业和瞪羚企业。';
    const got = findTerms(text, 0, text.length, builtin);
    let last = -1;
    for (const t of got) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.start >= last);
      last = t.end;
    }
    assert.deepEqual(got.map(t => t.entry), ['新型工业化', '中国式现代化', '小巨人', '瞪羚企业']);
  });

  it('finds a term at either parity of its offset and right at from/to', () => {
    for (let pad = 0; pad < 4; pad++) {
      const text = '的'.repeat(pad) + '新质生产力' + '的';
      assert.deepEqual(find(text), [['新质生产力', '新质生产力']], `pad ${pad}`);
      assert.deepEqual(findTerms(text, pad, pad + 5, builtin).map(t => [t.start, t.end]), [[pad, pad + 5]], `pad ${pad}`);
      assert.deepEqual(findTerms(text, pad, pad + 4, builtin), [], `pad ${pad}: cut by to`);
      assert.deepEqual(findTerms(text, pad + 1, text.length, builtin), [], `pad ${pad}: cut by from`);
    }
  });

  it('finds two- and three-unit spellings at either parity, right at from/to', () => {
    for (const term of ['双碳', '碳达峰']) {
      for (let pad = 0; pad < 3; pad++) {
        const text = '的'.repeat(pad) + term + '的';
        const n = term.length;
        assert.deepEqual(findTerms(text, 0, text.length, builtin).map(t => [t.start, t.end]), [[pad, pad + n]], `${term} pad ${pad}`);
        assert.deepEqual(findTerms(text, pad, pad + n, builtin).map(t => [t.start, t.end]), [[pad, pad + n]], `${term} pad ${pad}: exact`);
        assert.deepEqual(findTerms(text, pad, pad + n - 1, builtin), [], `${term} pad ${pad}: cut by to`);
        assert.deepEqual(findTerms(text, pad + 1, text.length, builtin), [], `${term} pad ${pad}: cut by from`);
      }
    }
  });

  it('the pair scan finds what a walk from every unit finds (random texts of glossary pieces)', () => {
    // A one-unit user spelling that never occurs makes findTerms walk from every unit: the
    // reference. Texts are built from whole spellings, their heads and tails, and filler.
    const everyUnit = compileGlossary([{ term: '\uE000', en: 'Never in the texts.', zh: '不出现。', origin: 'test' }]);
    const spellings = BUILTIN_GLOSSARY.flatMap(e => [e.term, ...(e.aliases ?? [])]);
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let round = 0; round < 300; round++) {
      let text = '';
      while (text.length < 120) {
        const w = spellings[rand(spellings.length)];
        const k = rand(5);
        text += k === 0 ? w.slice(0, 1 + rand(w.length)) : k === 1 ? w.slice(rand(w.length)) : k === 2 ? '的和A'[rand(3)] : w;
      }
      const from = rand(4);
      const to = text.length - rand(4);
      const got = findTerms(text, from, to, builtin);
      assert.deepEqual(got, findTerms(text, from, to, everyUnit), text);
      for (const t of got) { assert.equal(t.text, text.slice(t.start, t.end)); }
    }
  });

  it('honours from/to', () => {
    const text = '新质生产力\n耐心资本\n';
    assert.deepEqual(findTerms(text, 6, text.length, builtin).map(t => [t.start, t.text]), [[6, '耐心资本']]);
  });

  // Its time is measured in the bench (section 3 scales the whole analysis); here, every repeat found.
  it('finds a term repeated 100,000 times, each once, end to end', () => {
    const term = '专精特新小巨人企业';
    const text = term.repeat(100000);
    const got = findTerms(text, 0, text.length, builtin);
    assert.equal(got.length, 100000);
    assert.equal(got[99999].start, 99999 * term.length);
  });
});

describe('terms: user glossary', () => {
  const user: GlossaryEntry[] = [
    { term: '新质生产力', en: 'Override.', zh: '覆盖。', origin: 'user', source: 'settings' },
    { term: '数字园区', aliases: ['數字園區'], en: 'Digital industrial park.', zh: '数字化园区。', origin: 'user', source: 'settings' },
    { term: '高标准数字园区', en: 'High-standard digital park.', zh: '高标准数字园区。', origin: 'user' },
  ];
  const g = compileGlossary(user);

  it('a user entry with the same term overrides the built-in one', () => {
    assert.equal(g.entry('新质生产力')?.en, 'Override.');
    assert.equal(g.entries.filter(e => e.term === '新质生产力').length, 1);
    assert.equal(g.entries.length, builtin.entries.length + 2);
  });
  it('user terms and their aliases match, longest first', () => {
    assert.deepEqual(find('建成200个高标准数字园区和數字園區。', g), [['高标准数字园区', '高标准数字园区'], ['數字園區', '数字园区']]);
  });
  it('entry() finds built-ins and aliases', () => {
    assert.equal(builtin.entry('一带一路')?.term, '一带一路');
    assert.equal(builtin.entry('首台套')?.term, '首台(套)');
    assert.equal(builtin.entry('没有这个词'), undefined);
  });
  it('the built-in glossary is unchanged by a user glossary', () => {
    assert.notEqual(builtin.entry('新质生产力')?.en, 'Override.');
  });
});

describe('glossary data', () => {
  it('has at least 130 entries', () => { assert.ok(BUILTIN_GLOSSARY.length >= 130, `${BUILTIN_GLOSSARY.length}`); });
  it('every entry has non-empty en, zh and origin', () => {
    for (const e of BUILTIN_GLOSSARY) {
      assert.ok(e.term.trim(), 'term');
      assert.ok(e.en.trim().length > 10, `en of ${e.term}`);
      assert.ok(e.zh.trim().length > 3, `zh of ${e.term}`);
      assert.ok(e.origin.trim().length > 3, `origin of ${e.term}`);
      assert.ok(/\p{Script=Han}/u.test(e.zh), `zh of ${e.term} is Chinese`);
      assert.ok(!/\p{Script=Han}{3}/u.test(e.en.replace(/\([^)]*\)|"[^"]*"/gu, '')), `en of ${e.term} is English`);
    }
  });
  it('headwords and aliases are unique', () => {
    const seen = new Map<string, string>();
    for (const e of BUILTIN_GLOSSARY) {
      for (const s of [e.term, ...(e.aliases ?? [])]) {
        assert.ok(!seen.has(s), `${s} in ${e.term} and ${seen.get(s)}`);
        seen.set(s, e.term);
      }
    }
  });
  it('includes the terms the spec names', () => {
    const must = ['新质生产力', '专精特新', '小巨人', '新型工业化', '三中全会', '二十届三中全会', '一带一路', '沙戈荒', '首台(套)', '耐心资本', '瞪羚企业',
      '独角兽企业', '链主企业', '银发经济', '第一支柱', '第二支柱', '第三支柱', '中国式现代化', '高质量发展', '新发展格局', '双循环', '共同富裕', '碳达峰',
      '碳中和', '双碳', '放管服', '营商环境', '乡村振兴', '数字经济', '数实融合', '东数西算', '低空经济', '未来产业', '战略性新兴产业', '卡脖子', '揭榜挂帅',
      '赛马制', '制造强国', '网络强国', '数字中国', '科技自立自强', '全国统一大市场', '六稳', '六保', '稳中求进', '房住不炒', '保交楼', '城中村改造',
      '平急两用', '三大工程', '以旧换新', '大规模设备更新', '超长期特别国债', '专项债', '地方政府专项债券', '结构性减税', '减税降费', '留抵退税', '普惠金融',
      '绿色金融', '科技金融', '养老金融', '数字金融', '五篇大文章', '金融强国', '一国两制', '粤港澳大湾区', '长三角一体化', '京津冀协同发展', '雄安新区',
      '海南自由贸易港', '自由贸易试验区', '进博会', '服贸会', '广交会', '中非合作论坛', '人类命运共同体', '全过程人民民主', '两个确立', '两个维护', '四个意识',
      '四个自信', '五位一体', '四个全面', '十四五', '十五五', '国民经济和社会发展第十四个五年规划', '政府工作报告', '中央经济工作会议', '两会', '国务院常务会议',
      '稳就业', '灵活就业', '新就业形态', '零工经济', '个人养老金', '基本养老保险', '企业年金', '职业年金', '医保', '集采', '分级诊疗', '双减', '县域经济',
      '新型城镇化', '城市更新', '保障性住房', '租购并举', '人口老龄化', '一老一小', '三孩政策', '托育', '耕地红线', '18亿亩耕地红线', '高标准农田', '种业振兴',
      '大食物观', '粮食安全', '能源安全', '新型电力系统', '新能源', '风光大基地', '抽水蓄能', '新型储能', '绿电', '碳排放权交易', '生态文明', '绿水青山就是金山银山',
      '河长制', '林长制', '数据要素', '数据二十条', '算力', '人工智能+', '工业互联网', '智能制造', '灯塔工厂', '专精特新专板', '北交所', '注册制', '科创板',
      '中长期资金', '国资国企改革', '混合所有制改革', '民营经济', '两个毫不动摇', '亲清政商关系', '统一战线', '央地协同', '对口支援', '东西部协作', '脱贫攻坚',
      '防止规模性返贫', '新时代', '党的二十大', '十八大以来'];
    const missing = must.filter(t => !builtin.entry(t));
    assert.deepEqual(missing, []);
    assert.equal(builtin.entry('首台套')?.term, '首台(套)');
  });
});
