// The gate's limits beyond size and language: binary text, text decoded with the wrong encoding,
// and lines too long to analyse (src/extension/gate.ts, fed by documentGate.ts).
import assert from 'node:assert/strict';
import { decideGate, type GateSettings, type LongLineFinder } from '../../src/extension/gate';

const ON: GateSettings = { enable: true, minChineseRatio: 0.3, maxDocumentSize: 5_000_000, maxLineLength: 100 };
const CHINESE = '加快推进新型工业化，为推进中国式现代化提供坚实支撑。';

/** A finder over real text, counting its calls (the scan must be skipped when it cannot find anything). */
function finder(text: string): LongLineFinder & { calls: number } {
  const f = Object.assign((limit: number) => {
    f.calls++;
    const lines = text.split('\n');
    const line = lines.findIndex(l => l.length > limit);
    return line < 0 ? undefined : { line, length: lines[line].length };
  }, { calls: 0 });
  return f;
}

describe('gate limits', () => {
  it('skips a document with a line over maxLineLength, naming the line and its length', () => {
    const text = `${CHINESE}\n${'中'.repeat(150)}\n${CHINESE}`;
    assert.deepEqual(decideGate('plaintext', text.length, text, ON, finder(text)), { ok: false, reason: 'lineTooLong', line: 1, length: 150, limit: 100 });
  });

  it('allows a line of exactly maxLineLength', () => {
    const text = `${CHINESE}\n${'中'.repeat(100)}\n`;
    assert.equal(decideGate('plaintext', text.length, text, ON, finder(text)).ok, true);
  });

  it('does not scan the lines of a document no longer than the limit', () => {
    const f = finder(CHINESE);
    assert.equal(decideGate('plaintext', CHINESE.length, CHINESE, ON, f).ok, true);
    assert.equal(f.calls, 0);
  });

  it('does not scan the lines of a document that is not Chinese (it says so instead)', () => {
    const text = `${'English words and more words. '.repeat(10)}\n`;
    const f = finder(text);
    assert.equal((decideGate('plaintext', text.length, text, ON, f) as { reason?: string }).reason, 'notChinese');
    assert.equal(f.calls, 0);
  });

  it('has no line limit without the setting or the finder', () => {
    const text = '中'.repeat(500);
    assert.equal(decideGate('plaintext', text.length, text, { ...ON, maxLineLength: undefined }, finder(text)).ok, true);
    assert.equal(decideGate('plaintext', text.length, text, ON).ok, true);
  });

  const reasons: { name: string; text: string; want: string | true }[] = [
    { name: 'NUL bytes mean binary', text: `PK\u0003\u0004${'\u0000\u0001中'.repeat(100)}`, want: 'binary' },
    { name: 'binary beats a high Chinese share', text: `${CHINESE.repeat(5)}${'\u0000'.repeat(50)}`, want: 'binary' },
    { name: 'many U+FFFD and little Han: misdecoded, not "not Chinese"', text: '\uFFFD\uFFFD\uFFFD 12 \uFFFD\uFFFD\n'.repeat(50), want: 'misdecoded' },
    { name: 'a few U+FFFD in Chinese text are tolerated', text: `${CHINESE.repeat(20)}\uFFFD\uFFFD`, want: true },
    { name: 'Chinese text with many U+FFFD but enough Han is analysed', text: `${CHINESE.repeat(4)}${'\uFFFD'.repeat(20)}`, want: true },
    { name: 'plain English stays "not Chinese"', text: 'Plain English text, nothing broken here.', want: 'notChinese' },
  ];
  for (const c of reasons) {
    it(c.name, () => {
      const r = decideGate('plaintext', c.text.length, c.text, { ...ON, maxLineLength: 100_000 });
      assert.equal(r.ok ? true : r.reason, c.want);
    });
  }

  it('reports the share of U+FFFD of a misdecoded document', () => {
    const text = '\uFFFD'.repeat(60) + 'abcd'.repeat(10);
    const r = decideGate('plaintext', text.length, text, ON);
    assert.deepEqual(r, { ok: false, reason: 'misdecoded', replacementRatio: 0.6, share: 0, minimum: 0.3 });
  });
});
