import { strict as assert } from 'node:assert';
import { profileDocument } from '../../src/core/profile';

describe('document profile', () => {
  it('tells the script from the characters only one script writes', () => {
    assert.equal(profileDocument('國家發展委員會對這個問題說明').script, 'traditional');
    assert.equal(profileDocument('国家发展委员会对这个问题说明').script, 'simplified');
    assert.equal(profileDocument('').script, 'simplified');
  });

  it('dates a traditional document in the ROC era when it writes a year in that era, with the evidence', () => {
    const text = '會議紀錄\n中華民國102年10月24日\n102年度預算';
    const p = profileDocument(text);
    assert.equal(p.era.kind, 'roc');
    assert.deepEqual(p.era.evidence, { text: '中華民國', start: text.indexOf('中華民國') });
    assert.deepEqual(profileDocument('2024年9月2日').era, { kind: 'prc', evidence: null });
  });

  const eras: ReadonlyArray<[text: string, kind: 'prc' | 'roc', evidence: string | null]> = [
    ['時間：中華民國 102 年 10 月 24 日（星期四）', 'roc', '中華民國'],
    ['於民國84 年拍攝最後一部電影後即停用。', 'roc', '民國'],
    ['於民國八十四年拍攝最後一部電影後即停用。', 'roc', '民國'],
    // No prefix: a full date or a numbered year that no Gregorian year can be.
    ['發文日期：106年2月3日\n說明：請查照。', 'roc', '106年2月3日'],
    ['依據本府 101年度預算辦理，請各機關配合。', 'roc', '101年度'],
    // 民國 without a year, a simplified text, a Gregorian traditional text: no ROC years.
    ['依據中華民國憲法辦理，96年時成立。', 'prc', null],
    ['民国二十年，该校迁址，民国时期的建筑保存至今。', 'prc', null],
    ['香港特別行政區政府於2019年3月5日發表報告。', 'prc', null],
  ];
  for (const [text, kind, evidence] of eras) {
    it(`${text} → ${kind}`, () => {
      const era = profileDocument(text).era;
      assert.equal(era.kind, kind);
      assert.equal(era.evidence?.text ?? null, evidence);
    });
  }

  it('finds the layout signals', () => {
    const transcript = ['记者：请问今年的目标是什么？', '答：今年的目标是增长5%左右。', '记者：怎么实现？', '答：靠改革。', '主持人：谢谢。'].join('\n');
    assert.equal(profileDocument(transcript).layout.transcript, true);
    const regulation = ['第一条　为了规范管理，制定本办法。', '第二条　本办法适用于全国。', '第三条　本办法自公布之日起施行。'].join('\n');
    assert.equal(profileDocument(regulation).layout.regulation, true);
    assert.equal(profileDocument(regulation).layout.transcript, false);
    assert.equal(profileDocument('（新华社北京9月2日电）记者今天获悉，…').layout.newspaper, true);
    const table = ['项目\t2024年\t2025年', '合计\t120\t150', '新建\t35\t40'].join('\n');
    assert.equal(profileDocument(table).layout.tableRows, true);
  });

  it('finds the wrap width of hard-wrapped text and none in paragraphs', () => {
    const line = '职业教育与普通教育是两种不同教育类型具有同等重要地位改革开放以来职业教育';
    const wrapped = Array.from({ length: 12 }, () => line).join('\n') + '\n短的末行。';
    assert.equal(profileDocument(wrapped).layout.wrapWidth, line.length * 2);
    const paragraphs = Array.from({ length: 12 }, (_, i) => line.slice(0, 10 + i * 2) + '。').join('\n');
    assert.equal(profileDocument(paragraphs).layout.wrapWidth, 0);
  });

  // Issue 12: text whose lines end with a carriage return alone (old Mac) or CRLF has the layout of LF text.
  const layouts: ReadonlyArray<[name: string, lines: string[]]> = [
    ['hard-wrapped', [...Array.from({ length: 12 }, () => '职业教育与普通教育是两种不同教育类型具有同等重要地位改革开放以来职业教育'), '短的末行。']],
    ['transcript', ['记者：请问今年的目标是什么？', '答：今年的目标是增长5%左右。', '记者：怎么实现？', '答：靠改革。', '主持人：谢谢。']],
    ['regulation', ['第一条　为了规范管理，制定本办法。', '第二条　本办法适用于全国。', '第三条　本办法自公布之日起施行。']],
    ['table', ['项目\t2024年\t2025年', '合计\t120\t150', '新建\t35\t40']],
  ];
  for (const [name, lines] of layouts) {
    it(`${name}: CR alone and CRLF give the layout of LF`, () => {
      const lf = profileDocument(lines.join('\n')).layout;
      assert.deepEqual(profileDocument(lines.join('\r')).layout, lf);
      assert.deepEqual(profileDocument(lines.join('\r\n')).layout, lf);
      assert.notDeepEqual(lf, profileDocument('').layout);
    });
  }
});
