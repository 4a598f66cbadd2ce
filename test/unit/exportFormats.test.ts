// Export formats on hand-built analyses (the recognizers may still return nothing): the JSON shape,
// RFC 4180 CSV with formula guards, and a Markdown report in which no document text is markup.
import assert from 'node:assert/strict';
import {
  CSV_HEADER, LineIndex, csvPieces, formatValue, formatValueReadable, guardFormula, jsonPieces, markdownPieces, quoteCsv,
  toCsv, toJson, toMarkdown,
} from '../../src/core/exportFormats';
import { fixtureTexts } from './fixtures';
import { escapeMarkdown } from '../../src/core/markdown';
import { analyze } from '../../src/core/analyze';
import type { Analysis, DateAnnotation, NumberAnnotation, OutlineNode, Span, TargetAnnotation, TermAnnotation } from '../../src/core/types';

/** The span of the nth occurrence of `sub` in `text`. */
function span(text: string, sub: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(sub, at + 1);
    if (at < 0) { throw new Error(`"${sub}" #${nth} not in text`); }
  }
  return { start: at, end: at + sub.length, text: sub };
}

function empty(): Analysis {
  return { schemaVersion: 1, documentDate: null, numbers: [], dates: [], targets: [], terms: [], outline: [] };
}

/** RFC 4180 reader, for checking what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') {
      assert.equal(cell, '', 'a quote may only open a field');
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && csv[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    assert.ok(c !== '\r' && c !== '\n', `bare line break at ${i} outside quotes`);
    cell += c; i++;
  }
  assert.equal(quoted, false, 'unterminated quote');
  assert.equal(cell, '', 'the last record ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

// A small document with CRLF line ends, and an analysis of it built by hand.
const TEXT = [
  '关于推进数字化的通知',
  '',
  '一、总体要求',
  '力争到2027年建成200个左右高标准数字园区，收入达到32.5万亿元。',
  '今年上半年，比重为27%，同比-2.1%，增长10%—15%。',
  '=HYPERLINK("http://evil.example","点我")，新质生产力',
  '备注：含逗号,和"引号"',
  '',
].join('\r\n');

function sample(): Analysis {
  const number = (sub: string, value: number | [number, number], unit: string | null, extra: Partial<NumberAnnotation> = {}): NumberAnnotation =>
    ({ ...span(TEXT, sub), value, unit, qualifier: 'exact', kind: 'cardinal', ...extra });
  const numbers: NumberAnnotation[] = [
    number('200个左右', 200, '个', { qualifier: 'approx' }),
    number('32.5万亿元', 3.25e13, '元', { kind: 'money', english: '32.5 trillion yuan' }),
    number('27%', 27, '%', { kind: 'percent' }),
    number('-2.1%', -2.1, '%', { kind: 'percent', change: 'down' }),
    number('10%—15%', [10, 15], '%', { kind: 'percent', qualifier: 'range' }),
  ];
  const dates: DateAnnotation[] = [
    { ...span(TEXT, '2027年'), relative: false, resolved: { start: '2027-01-01', end: '2027-12-31' }, granularity: 'year' },
    { ...span(TEXT, '今年上半年'), relative: true, resolved: { start: '2024-01-01', end: '2024-06-30' }, granularity: 'half' },
  ];
  const targets: TargetAnnotation[] = [{
    ...span(TEXT, '力争到2027年建成200个左右高标准数字园区'), deadline: '2027', value: '≈200个', object: '高标准数字园区', strength: 'strive',
  }];
  const terms: TermAnnotation[] = [
    { ...span(TEXT, '新质生产力'), entry: '新质生产力' },
    // Hand-built hostile spans: the formatters must make them inert whatever produced them.
    { ...span(TEXT, '=HYPERLINK("http://evil.example","点我")'), entry: '=cmd|\' /C calc\'!A0' },
    { ...span(TEXT, '含逗号,和"引号"'), entry: '@SUM(1+1)' },
  ];
  const outline: OutlineNode[] = [{
    kind: 'article', name: '关于推进数字化的通知', line: 0, start: 0, end: TEXT.length, selectionStart: 0, selectionEnd: 10,
    children: [{ kind: 'section', name: '一、总体要求', line: 2, start: 14, end: TEXT.length, selectionStart: 14, selectionEnd: 20, children: [] }],
  }];
  return {
    schemaVersion: 1,
    documentDate: { date: '2024-09-02', source: 'dateline', text: '本报北京9月2日讯' },
    // Deliberately not in document order: the exports sort.
    numbers: [numbers[2], numbers[0], numbers[1], numbers[3], numbers[4]],
    dates,
    targets,
    terms,
    outline,
  };
}

describe('exportFormats: LineIndex', () => {
  const cases: Array<[string, string, number, number, number]> = [
    ['first character', 'ab\ncd', 0, 0, 0],
    ['after LF', 'ab\ncd', 3, 1, 0],
    ['on the LF itself', 'ab\ncd', 2, 0, 2],
    ['after CRLF', 'ab\r\ncd', 4, 1, 0],
    ['between CR and LF', 'ab\r\ncd', 3, 0, 3],
    ['after a lone CR', 'ab\rcd', 3, 1, 0],
    ['blank lines', 'a\n\n\nb', 4, 3, 0],
    ['end of text', 'ab\ncd', 5, 1, 2],
    ['surrogate pair counts two units', '𠀀x\ny', 2, 0, 2],
  ];
  for (const [what, text, offset, line, column] of cases) {
    it(`positions ${what}`, () => {
      assert.deepEqual(new LineIndex(text).position(offset), { line, column });
    });
  }

  it('agrees with a naive rescan on a long mixed text', () => {
    const parts = ['一行\n', '两行\r\n', '\r', 'x', '\n\n', '长长的一行文字'];
    let text = '';
    for (let i = 0; i < 3000; i++) { text += parts[(i * 7) % parts.length]; }
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset += 13) {
      // Rescan from the start: a CR ends a line unless an LF follows it (then the LF does).
      let line = 0;
      let lineStart = 0;
      for (let i = 0; i < offset; i++) {
        if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) { line++; lineStart = i + 1; }
      }
      assert.deepEqual(index.position(offset), { line, column: offset - lineStart }, `offset ${offset}`);
    }
  });
});

describe('exportFormats: JSON', () => {
  it('round-trips the analysis exactly, each number with its English', () => {
    const a = sample();
    // Made for the numbers that lack it; one that has it (32.5万亿元) keeps its own.
    const english = ['27 percent', 'about 200 units', '32.5 trillion yuan', '-2.1 percent', '10–15 percent'];
    const back = JSON.parse(toJson(a)) as Analysis;
    assert.deepEqual(back.numbers.map((n) => n.english), english);
    assert.deepEqual(back, { ...a, numbers: a.numbers.map((n, i) => ({ ...n, english: english[i] })) });
  });

  it('writes english right after kind, before change, reading and impliedBase', () => {
    const a = analyze('装机容量993万千瓦，增长2.1倍。');
    assert.ok(a.numbers.every((n) => n.english === undefined), 'the analysis stores no English');
    const numbers = (JSON.parse(toJson(a)) as Analysis).numbers;
    assert.deepEqual(numbers.map((n) => Object.keys(n)), [
      ['start', 'end', 'text', 'value', 'unit', 'qualifier', 'kind', 'english'],
      ['start', 'end', 'text', 'value', 'unit', 'qualifier', 'kind', 'english', 'change', 'reading', 'impliedBase'],
    ]);
    assert.deepEqual(numbers.map((n) => n.english), ['9.93 million kilowatts (9.93 GW)', '2.1 times (base ≈ 3.2032 million kilowatts)']);
  });

  it('puts schemaVersion first and the §6 keys in order, pretty-printed', () => {
    const json = toJson(sample());
    assert.ok(json.startsWith('{\n  "schemaVersion": 1,\n  "documentDate": {'), json.slice(0, 60));
    assert.deepEqual(Object.keys(JSON.parse(json) as object), ['schemaVersion', 'documentDate', 'numbers', 'dates', 'targets', 'terms', 'outline']);
    assert.ok(json.endsWith('}\n'));
  });

  it('keeps schemaVersion first whatever order the object was built in', () => {
    const a = sample();
    const shuffled = { outline: a.outline, terms: a.terms, numbers: a.numbers, documentDate: null, dates: a.dates, targets: a.targets, schemaVersion: 1 } as Analysis;
    assert.match(toJson(shuffled), /^\{\n {2}"schemaVersion": 1,\n {2}"documentDate": null,/);
  });

  it('keeps a range value as [low, high] and a null document date as null', () => {
    const a = { ...empty(), numbers: [sample().numbers[4]] };
    const back = JSON.parse(toJson(a)) as Analysis;
    assert.deepEqual(back.numbers[0].value, [10, 15]);
    assert.equal(back.documentDate, null);
  });

  describe('in pieces (what the CLI streams) is byte-identical to toJson', () => {
    const odd = (): Analysis => {
      const a = sample();
      // Fields a later version may add, values JSON.stringify treats specially, text that needs escaping.
      const extra = {
        added: { nested: [1, { deep: ['\u2028', '"q"\\', '\u0000'] }], empty: [], none: {} },
        gone: undefined,
        emptyList: [] as unknown[],
        holes: [undefined, null, 1],
        '10': 'an integer-like key, which objects order first',
      };
      return Object.assign(a, extra, { documentDate: { date: '2024-01-01', source: 'header' as const, text: '第一行\n"二"\t\u202e' } });
    };
    const cases: Array<[string, () => Analysis]> = [
      ['the sample analysis', sample],
      ['an empty analysis', empty],
      ['added fields, undefined values, escapes and an integer-like key', odd],
      ['a number that already has its English', () => ({ ...empty(), numbers: [{ ...sample().numbers[2], english: 'kept' }] })],
    ];
    for (const [what, make] of cases) {
      it(what, () => { assert.equal([...jsonPieces(make())].join(''), toJson(make())); });
    }

    it('on every fixture text, and no piece holds more than one annotation', function () {
      this.timeout(120000);
      const texts = fixtureTexts();
      assert.ok(texts.length > 0, 'no fixture found');
      for (const { name, text } of texts) {
        const a = analyze(text);
        const pieces = [...jsonPieces(a)];
        assert.equal(pieces.join(''), toJson(a), name);
        const longest = Math.max(...pieces.map(p => p.length));
        const oneAnnotation = Math.max(0, ...[...a.numbers, ...a.dates, ...a.targets, ...a.terms].map(x => JSON.stringify(x, null, 2).length));
        const oneNode = Math.max(0, ...a.outline.map(n => JSON.stringify(n, null, 2).length));
        // English words and deeper indentation make a piece somewhat longer than its annotation alone.
        assert.ok(longest <= 2 * Math.max(oneAnnotation, oneNode) + 200, `${name}: a piece of ${longest} characters`);
      }
    });
  });
});

describe('exportFormats: CSV', () => {
  const rowsOf = (a: Analysis, text = TEXT): string[][] => parseCsv(toCsv(a, text, { bom: false }));
  const col = (name: typeof CSV_HEADER[number]): number => CSV_HEADER.indexOf(name);

  it('starts with a UTF-8 BOM by default and not when asked', () => {
    assert.ok(toCsv(empty(), '').startsWith('\uFEFFkind,text,'));
    assert.ok(toCsv(empty(), '', { bom: false }).startsWith('kind,text,'));
  });

  it('speaks Chinese with locale zh-cn: the header, the kinds, qualifiers and strengths; the values stay as they are', () => {
    const zh = parseCsv(toCsv(sample(), TEXT, { bom: false, locale: 'zh-cn' }));
    const en = rowsOf(sample());
    assert.deepEqual(zh[0], ['类别', '原文', '数值', '单位', '限定', '起始日期', '结束日期', '期限', '行', '列', '起始偏移', '结束偏移']);
    assert.equal(zh.length, en.length);
    const kinds: Record<string, string> = { number: '数字', date: '日期', target: '目标', term: '术语' };
    const words: Record<string, string> = { exact: '精确', approx: '约', range: '区间', strive: '力争', '': '' };
    for (let i = 1; i < en.length; i++) {
      assert.equal(zh[i][col('kind')], kinds[en[i][col('kind')]]);
      assert.equal(zh[i][col('qualifier')], words[en[i][col('qualifier')]], `qualifier of ${en[i][col('text')]}`);
      for (const c of ['text', 'value', 'unit', 'start_date', 'end_date', 'deadline', 'line', 'column', 'start', 'end'] as const) {
        assert.equal(zh[i][col(c)], en[i][col(c)], `${c} of ${en[i][col('text')]}`);
      }
    }
    assert.ok(toCsv(sample(), TEXT, { locale: 'zh-cn' }).startsWith('\uFEFF类别,原文,'));
  });

  it('has the header row and CRLF record ends', () => {
    assert.equal(toCsv(empty(), '', { bom: false }), 'kind,text,value,unit,qualifier,start_date,end_date,deadline,line,column,start,end\r\n');
  });

  it('writes one row per annotation in document order, the target before what it contains', () => {
    const rows = rowsOf(sample()).slice(1);
    assert.deepEqual(rows.map(r => `${r[col('kind')]}:${r[col('text')]}`), [
      'target:力争到2027年建成200个左右高标准数字园区',
      'date:2027年',
      'number:200个左右',
      'number:32.5万亿元',
      'date:今年上半年',
      'number:27%',
      "number:'-2.1%",
      'number:10%—15%',
      'term:\'=HYPERLINK("http://evil.example","点我")',
      'term:新质生产力',
      'term:含逗号,和"引号"',
    ]);
    const starts = rows.map(r => Number(r[col('start')]));
    assert.deepEqual([...starts].sort((x, y) => x - y), starts);
  });

  it('fills each kind\'s columns', () => {
    const rows = rowsOf(sample()).slice(1);
    const byText = (t: string): string[] => rows.find(r => r[col('text')] === t) ?? assert.fail(`no row for ${t}`);
    // kind,text,value,unit,qualifier,start_date,end_date,deadline,line,column,start,end
    const target = span(TEXT, '力争到2027年建成200个左右高标准数字园区');
    assert.deepEqual(byText(target.text), ['target', target.text, '≈200个', '', 'strive', '', '', '2027', '4', '1', String(target.start), String(target.end)]);
    const money = span(TEXT, '32.5万亿元');
    assert.deepEqual(byText('32.5万亿元'), ['number', '32.5万亿元', '32500000000000', '元', 'exact', '', '', '', '4', String(money.start - target.start + 1), String(money.start), String(money.end)]);
    assert.deepEqual(byText('10%—15%').slice(0, 5), ['number', '10%—15%', '10–15', '%', 'range']);
    assert.deepEqual(byText('今年上半年').slice(0, 10), ['date', '今年上半年', '', '', '', '2024-01-01', '2024-06-30', '', '5', '1']);
    assert.deepEqual(byText('新质生产力').slice(0, 5), ['term', '新质生产力', '新质生产力', '', '']);
  });

  it('computes 1-based line and column across CRLF, LF and lone CR', () => {
    const text = '甲\r\n乙乙\n丙\r丁丁27%';
    const a = { ...empty(), numbers: [{ ...span(text, '27%'), value: 27, unit: '%', qualifier: 'exact' as const, kind: 'percent' as const }] };
    const row = rowsOf(a, text)[1];
    assert.deepEqual([row[col('line')], row[col('column')]], ['4', '3']);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back the same cells', () => {
    const text = '第一行,含逗号\n"引号"与\r\n换行';
    const a = { ...empty(), terms: [{ start: 0, end: text.length, text, entry: 'a,"b"' }] };
    const csv = toCsv(a, text, { bom: false });
    assert.ok(csv.includes('"第一行,含逗号\n""引号""与\r\n换行"'), csv);
    const row = parseCsv(csv)[1];
    assert.equal(row[col('text')], text);
    assert.equal(row[col('value')], 'a,"b"');
    assert.equal(row.length, CSV_HEADER.length);
  });

  const injections: Array<[string, string]> = [
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－2', "'－2"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['普通文字', '普通文字'],
    ['1+1', '1+1'],
  ];
  for (const [cell, guarded] of injections) {
    it(`guards a cell starting ${JSON.stringify(cell.slice(0, 2))}`, () => {
      assert.equal(guardFormula(cell), guarded);
    });
  }

  it('guards document text and document-derived values, not numbers it formatted itself', () => {
    const rows = rowsOf(sample()).slice(1);
    const hyperlink = rows.find(r => r[col('text')].includes('HYPERLINK')) ?? assert.fail('no hyperlink row');
    assert.equal(hyperlink[col('text')], '\'=HYPERLINK("http://evil.example","点我")');
    assert.equal(hyperlink[col('value')], "'=cmd|' /C calc'!A0");
    const at = rows.find(r => r[col('text')].startsWith('含逗号')) ?? assert.fail('no @ row');
    assert.equal(at[col('value')], "'@SUM(1+1)");
    const negative = rows.find(r => r[col('text')] === "'-2.1%") ?? assert.fail('no negative row');
    assert.equal(negative[col('value')], '-2.1', 'a plain negative value stays a number');
    const negRange = toCsv({ ...empty(), numbers: [{ start: 0, end: 3, text: '-3至5', value: [-3, 5], unit: null, qualifier: 'range', kind: 'cardinal' }] }, '-3至5', { bom: false });
    assert.equal(parseCsv(negRange)[1][col('value')], '-3–5');
    const unitRow = toCsv({ ...empty(), numbers: [{ start: 0, end: 1, text: '5', value: 5, unit: '=A1', qualifier: 'exact', kind: 'quantity' }] }, '5', { bom: false });
    assert.equal(parseCsv(unitRow)[1][col('unit')], "'=A1");
  });

  it('in pieces, one row per piece, is exactly toCsv', () => {
    for (const bom of [true, false]) {
      const pieces = [...csvPieces(sample(), TEXT, { bom })];
      assert.equal(pieces.join(''), toCsv(sample(), TEXT, { bom }));
      assert.ok(pieces.every(p => p.endsWith('\r\n')));
      assert.equal(pieces.length, 1 + sample().numbers.length + sample().dates.length + sample().targets.length + sample().terms.length);
    }
  });

  it('writes nothing but the header for an empty analysis', () => {
    assert.deepEqual(rowsOf(empty(), ''), [[...CSV_HEADER]]);
  });

  it('quoteCsv leaves plain cells alone', () => {
    assert.equal(quoteCsv('32.5万亿元'), '32.5万亿元');
    assert.equal(quoteCsv('a"b'), '"a""b"');
  });

  it('formats values: plain numbers, en-dash ranges', () => {
    assert.equal(formatValue(3.25e13), '32500000000000');
    assert.equal(formatValue(0.005), '0.005');
    assert.equal(formatValue([10, 15]), '10–15');
  });

  it('stays fast on many lines and annotations (line numbers by binary search)', function () {
    this.timeout(60000);
    const line = '增长27%，\n';
    const text = line.repeat(100_000);
    const numbers: NumberAnnotation[] = [];
    for (let i = 0; i < 100_000; i++) {
      const start = i * line.length + 2;
      numbers.push({ start, end: start + 3, text: '27%', value: 27, unit: '%', qualifier: 'exact', kind: 'percent' });
    }
    // Its time is measured in bench section 3 (the "export" family); here, that every row is right.
    const csv = toCsv({ ...empty(), numbers }, text, { bom: false });
    const rows = parseCsv(csv);
    assert.equal(rows.length, 100_001);
    assert.deepEqual(rows[100_000].slice(8, 10), ['100000', '3']);
  });
});

describe('exportFormats: Markdown', () => {
  // Inert means: the escaped text renders back to exactly the document text, with no element.
  it('escapes table and inline markup characters', () => {
    const cases: Array<[string, string]> = [
      ['a|b', 'a\\|b'],
      ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
      ['[x](command:foo)', '\\[x\\]\\(command\\:foo\\)'],
      ['*粗*_斜_`码`', '\\*粗\\*\\_斜\\_\\`码\\`'],
      ['C:\\path', 'C\\:\\\\path'],
      ['第一行\n第二行\r\n第三行', '第一行 第二行 第三行'],
      ['A&B &lt;', 'A&amp;B &amp;lt;'],
      ['www.example.com', 'www\\.example\\.com'],
      ['增长27%', '增长27%'],
    ];
    for (const [input, expected] of cases) { assert.equal(escapeMarkdown(input), expected, input); }
  });

  it('writes title, document date with its source, the three tables and counts (en)', () => {
    const md = toMarkdown(sample(), TEXT, { title: 'notice.txt', locale: 'en' });
    const lines = md.split('\n');
    assert.equal(lines[0], '# notice\\.txt');
    assert.ok(md.includes('**Document date**: 2024-09-02 (from the dateline: “本报北京9月2日讯”)'), md);
    assert.ok(md.includes('## Targets (1)\n\n| Deadline | Value | Object | Strength | Text | Line |'));
    assert.ok(md.includes('| 2027 | ≈200个 | 高标准数字园区 | strive | 力争到2027年建成200个左右高标准数字园区 | 4 |'));
    assert.ok(md.includes('## Numbers (5)\n\n| Text | Value | Unit | Qualifier | Line |'));
    assert.ok(md.includes('| 32\\.5万亿元 | 32,500,000,000,000 | 元 | exact | 4 |'));
    assert.ok(md.includes('| 200个左右 | 200 | 个 | approximately | 4 |'));
    assert.ok(md.includes('| 10%—15% | 10–15 | % | range | 5 |'));
    assert.ok(md.includes('| \\-2\\.1% | -2.1 | % | exact | 5 |'));
    assert.ok(md.includes('## Dates (2)\n\n| Text | Resolved | Line |'));
    assert.ok(md.includes('| 今年上半年 | 2024-01-01 – 2024-06-30 | 5 |'));
    assert.ok(md.includes('| Outline nodes | 2 |'));
    assert.ok(md.includes('| Terms | 3 |'));
    // Numbers appear in document order although the analysis listed them out of order.
    assert.ok(md.indexOf('| 200个左右 |') < md.indexOf('| 27% |'));
    assert.ok(md.endsWith('|\n'));
  });

  it('speaks Chinese with locale zh-cn', () => {
    const md = toMarkdown(sample(), TEXT, { title: '通知', locale: 'zh-cn' });
    assert.ok(md.startsWith('# 通知\n'));
    assert.ok(md.includes('**文档日期**：2024-09-02（来自电头：“本报北京9月2日讯”）'), md);
    assert.ok(md.includes('## 目标 (1)'));
    assert.ok(md.includes('| 期限 | 数值 | 对象 | 力度 | 原文 | 行 |'));
    assert.ok(md.includes('| 力争 |'));
    assert.ok(md.includes('| 200个左右 | 200 | 个 | 约 | 4 |'));
    assert.ok(md.includes('## 统计'));
  });

  it('names who gave a document date from outside: the command, the setting or the CLI option', () => {
    const given = (setBy?: 'command' | 'setting' | 'cli') => ({
      ...empty(), documentDate: { date: '2024-09-02', source: 'setting' as const, text: '2024-09-02', ...(setBy ? { setBy } : {}) },
    });
    const cases: [('command' | 'setting' | 'cli')?, string?, string?][] = [
      ['command', '(set for this file with Set Document Date…: “2024\\-09\\-02”)', '（由“设置文档日期…”为本文件设定：“2024\\-09\\-02”）'],
      ['setting', '(from the setting policyLens.referenceDate: ', '（来自设置 policyLens.referenceDate：'],
      ['cli', '(given with --reference-date: ', '（由 --reference-date 指定：'],
      [undefined, '(given as the reference date: ', '（为指定的参考日期：'],
    ];
    for (const [setBy, en, zh] of cases) {
      assert.ok(toMarkdown(given(setBy), '', { locale: 'en' }).includes(`**Document date**: 2024-09-02 ${en}`), `${setBy} (en)`);
      assert.ok(toMarkdown(given(setBy), '', { locale: 'zh-cn' }).includes(`**文档日期**：2024-09-02${zh}`), `${setBy} (zh)`);
    }
  });

  it('says so when there is no document date, nothing found, or a date is unresolved', () => {
    const a = { ...empty(), dates: [{ start: 0, end: 2, text: '去年', relative: true, resolved: null }] };
    const md = toMarkdown(a, '去年', {});
    assert.ok(md.startsWith('# Policy Lens report\n'));
    assert.ok(md.includes('**Document date**: none found; relative dates are left unresolved'));
    assert.ok(md.includes('## Targets (0)\n\n_None._'));
    assert.ok(md.includes('| 去年 | _unresolved_ | 1 |'));
    assert.ok(toMarkdown(a, '去年', { locale: 'zh-cn' }).includes('| 去年 | _未解析_ | 1 |'));
  });

  it('keeps hostile document text inside its cell', () => {
    const text = 'x|y<script>alert(1)</script>[x](command:foo)\n**b**';
    const a: Analysis = {
      ...empty(),
      documentDate: { date: '2024-01-01', source: 'header', text: '<img src=x onerror=alert(1)>' },
      targets: [{ start: 0, end: text.length, text, deadline: '2030|x', value: '[v](command:v)', object: '<b>o</b>', strength: 'plan' }],
    };
    const md = toMarkdown(a, text, { title: '[t](command:t) <i>' });
    assert.ok(!md.includes('<'), 'no raw < at all: nothing can open an HTML element');
    assert.ok(!/(?<!\\)\]\(/.test(md), 'no unescaped link syntax survives');
    for (const escaped of ['\\[t\\]\\(command\\:t\\)', '\\[v\\]\\(command\\:v\\)', '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;', '2030\\|x', '&lt;b&gt;o&lt;/b&gt;', '\\*\\*b\\*\\*']) {
      assert.ok(md.includes(escaped), `${escaped} in ${md}`);
    }
    const row = md.split('\n').find(l => l.includes('script')) ?? assert.fail('no target row');
    // Six cells: seven unescaped pipes.
    assert.equal(row.match(/(?<!\\)\|/g)?.length, 7, row);
  });

  it('renders with markdown-it (html and linkify on) to exactly the document text', () => {
    // markdown-it is a devDependency: the renderer VS Code's own Markdown preview uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const MarkdownIt = require('markdown-it') as (options: object) => { render(src: string): string };
    const md = MarkdownIt({ html: true, linkify: true });
    const hostile = 'a|b <script>alert(1)</script> [x](command:foo) ![i](http://x/i.png) <http://x> https://evil.example www.evil.example a@b.example *e* _u_ `c` ~~s~~ \\| &lt; $x$';
    const a: Analysis = { ...empty(), terms: [], numbers: [{ start: 0, end: hostile.length, text: hostile, value: 1, unit: null, qualifier: 'exact', kind: 'cardinal' }] };
    const html = md.render(toMarkdown(a, hostile, { title: hostile }));
    assert.ok(!/<(?:script|a|img)\b/.test(html), html);
    // The first cell is the hostile text: no element may open inside it.
    const cell = /<td>([^<]*)<\/td>/.exec(html)?.[1] ?? assert.fail(html);
    const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.equal(decode(cell), hostile);
    const title = /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? assert.fail(html);
    assert.equal(decode(title), hostile);
  });

  it('in pieces, one line per piece, is exactly toMarkdown', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const pieces = [...markdownPieces(sample(), TEXT, { title: 'notice.txt', locale })];
      assert.equal(pieces.join(''), toMarkdown(sample(), TEXT, { title: 'notice.txt', locale }));
      assert.ok(pieces.every(p => p.endsWith('\n') && p.indexOf('\n') === p.length - 1));
    }
  });

  it('groups thousands in readable values', () => {
    assert.equal(formatValueReadable(1234567.5), '1,234,567.5');
    assert.equal(formatValueReadable(-1000), '-1,000');
    assert.equal(formatValueReadable(999), '999');
    assert.equal(formatValueReadable([1000, 20000]), '1,000–20,000');
  });
});
