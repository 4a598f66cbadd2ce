import assert from 'node:assert/strict';
import { decideGate, type GateResult, type GateSettings } from '../../src/extension/gate';

const ON: GateSettings = { enable: true, minChineseRatio: 0.3, maxDocumentSize: 5_000_000 };
const CHINESE = '加快推进新型工业化，为推进中国式现代化提供坚实支撑。';
const ENGLISH = 'This is an English note with a few numbers: 42, 3.5%.';

describe('decideGate', () => {
  const cases: { name: string; languageId: string; text: string; size?: number; settings?: Partial<GateSettings>; want: GateResult['ok'] | string }[] = [
    { name: 'Chinese plaintext is analysed', languageId: 'plaintext', text: CHINESE, want: true },
    { name: 'Chinese markdown is analysed', languageId: 'markdown', text: `# 标题\n\n${CHINESE}`, want: true },
    { name: 'policy-text is analysed', languageId: 'policy-text', text: CHINESE, want: true },
    { name: 'English plaintext is skipped as not Chinese', languageId: 'plaintext', text: ENGLISH, want: 'notChinese' },
    { name: 'an empty document is not Chinese', languageId: 'plaintext', text: '', want: 'notChinese' },
    { name: 'other languages are skipped', languageId: 'typescript', text: CHINESE, want: 'language' },
    { name: 'disabled beats everything', languageId: 'plaintext', text: CHINESE, settings: { enable: false }, want: 'disabled' },
    { name: 'too large is checked before the text', languageId: 'plaintext', text: ENGLISH, size: 5_000_001, want: 'tooLarge' },
    { name: 'exactly the limit is allowed', languageId: 'plaintext', text: CHINESE, size: 5_000_000, want: true },
    { name: 'a minimum of 0 accepts anything', languageId: 'plaintext', text: ENGLISH, settings: { minChineseRatio: 0 }, want: true },
    { name: 'a minimum of 1 needs pure Han', languageId: 'plaintext', text: CHINESE, settings: { minChineseRatio: 1 }, want: 'notChinese' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = decideGate(c.languageId, c.size ?? c.text.length, c.text, { ...ON, ...c.settings });
      assert.equal(r.ok ? true : r.reason, c.want);
    });
  }

  it('reports the measured share and the minimum when skipping', () => {
    const text = '中文' + 'x'.repeat(18); // 2 Han of 20
    assert.deepEqual(decideGate('plaintext', text.length, text, ON), { ok: false, reason: 'notChinese', share: 0.1, minimum: 0.3 });
  });

  it('reports the size and the limit when too large', () => {
    assert.deepEqual(decideGate('plaintext', 6_200_000, CHINESE, ON), { ok: false, reason: 'tooLarge', size: 6_200_000, limit: 5_000_000 });
  });
});
