import { strict as assert } from 'node:assert';
import { profileDocument } from '../../src/core/profile';

describe('document profile', () => {
  it('tells the script from the characters only one script writes', () => {
    assert.equal(profileDocument('國家發展委員會對這個問題說明').script, 'traditional');
    assert.equal(profileDocument('国家发展委员会对这个问题说明').script, 'simplified');
    assert.equal(profileDocument('').script, 'simplified');
  });

  it('dates a document in the ROC era when it writes 民國 anywhere, with the evidence', () => {
    const text = '會議紀錄\n中華民國102年10月24日\n102年度預算';
    const p = profileDocument(text);
    assert.equal(p.era.kind, 'roc');
    assert.deepEqual(p.era.evidence, { text: '中華民國', start: text.indexOf('中華民國') });
    assert.deepEqual(profileDocument('2024年9月2日').era, { kind: 'prc', evidence: null });
  });

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

  it('reads old Mac line ends (CR alone) and CRLF as line breaks: the same signals as LF', () => {
    const line = '职业教育与普通教育是两种不同教育类型具有同等重要地位改革开放以来职业教育';
    const texts = [
      Array.from({ length: 12 }, () => line).join('\n') + '\n短的末行。',
      ['记者：请问今年的目标是什么？', '答：今年的目标是增长5%左右。', '记者：怎么实现？', '答：靠改革。', '主持人：谢谢。'].join('\n'),
      ['项目\t2024年\t2025年', '合计\t120\t150', '新建\t35\t40'].join('\n'),
    ];
    for (const lf of texts) {
      const want = profileDocument(lf).layout;
      assert.deepEqual(profileDocument(lf.replace(/\n/g, '\r')).layout, want);
      assert.deepEqual(profileDocument(lf.replace(/\n/g, '\r\n')).layout, want);
    }
  });
});
