// Bytes to text without wrong figures (src/cli/decode.ts): a byte order mark decides, UTF-8 is
// taken when valid, GB18030 and Big5 only when the bytes certainly are that (said on stderr), and
// anything else is refused with the --encoding to try. Real texts are re-encoded for the probes:
// the 45 State Council documents (GB18030) and the Taiwan records among the fixtures (Big5).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../../../src/cli/decode';
import { CliError } from '../../../src/cli/errors';
import { GOV_CN, govCnTexts, SHARED_FIXTURES } from '../fixtures';
import { encodeLegacy } from './legacyEncode';

const TAIWAN = ['15-ly-committee-tw-2012.txt', '18-tw-urbanplan-minutes-2013.txt'].map(f => path.join(SHARED_FIXTURES, 'dev', f));
const SIMPLIFIED = '关于加快发展的通知\n一、总体要求\n到2025年，产业规模达到2万亿元，增长5%。力争今年上半年完成。\n';
const TRADITIONAL = '立法院第8屆第1會期內政委員會會議紀錄\n一、審查行政院函請審議「都市計畫法」修正草案。\n主席：現在開會，今年預算增加百分之五。\n';

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return bigEndian ? Uint8Array.from(le.swap16()) : Uint8Array.from(le);
};

/** The refusal's message, or a failure when the bytes were decoded. */
function refusal(bytes: Uint8Array, encoding?: string): string {
  try {
    const d = decodeBytes(bytes, 'f.txt', encoding);
    return assert.fail(`decoded, with notes ${JSON.stringify(d.notes)}: ${d.text.slice(0, 40)}`);
  } catch (e) {
    if (!(e instanceof CliError)) { throw e; }
    return e.message;
  }
}

describe('hostile: encodings', () => {
  describe('decodes what is certain, and says so when it was a guess', () => {
    const cases: Array<[string, () => { bytes: Uint8Array; text: string }, RegExp | undefined]> = [
      ['UTF-8', () => ({ bytes: Buffer.from(SIMPLIFIED), text: SIMPLIFIED }), undefined],
      ['UTF-8 with a byte order mark', () => ({ bytes: Buffer.from(`\uFEFF${SIMPLIFIED}`), text: SIMPLIFIED }), undefined],
      ['UTF-16 LE with a byte order mark', () => ({ bytes: utf16(SIMPLIFIED, false), text: SIMPLIFIED }), undefined],
      ['UTF-16 BE with a byte order mark', () => ({ bytes: utf16(SIMPLIFIED, true), text: SIMPLIFIED }), undefined],
      ['GB18030 (simplified)', () => encodeLegacy(SIMPLIFIED.repeat(4), 'gb18030'), /^note: f\.txt is not UTF-8; it is read as GB18030, which it certainly is \(--encoding chooses another\)$/],
      ['Big5 (traditional)', () => encodeLegacy(TRADITIONAL.repeat(4), 'big5'), /^note: f\.txt is not UTF-8; it is read as BIG5/],
      ['UTF-8 with one stray Latin-1 byte', () => {
        const bytes = Buffer.concat([Buffer.from(SIMPLIFIED), Buffer.from([0xe9]), Buffer.from(SIMPLIFIED)]);
        return { bytes, text: `${SIMPLIFIED}\uFFFD${SIMPLIFIED}` };
      }, /^warning: f\.txt: 1 bytes are not utf-8 and read as U\+FFFD$/],
    ];
    for (const [what, make, note] of cases) {
      it(what, () => {
        const { bytes, text } = make();
        const d = decodeBytes(bytes, 'f.txt');
        assert.equal(d.text, text);
        if (note) { assert.equal(d.notes.length, 1); assert.match(d.notes[0], note); } else { assert.deepEqual(d.notes, []); }
      });
    }

    it('reads every State Council text of the corpus, re-encoded as GB18030, as GB18030', function () {
      if (!existsSync(GOV_CN)) { this.skip(); }
      const docs = govCnTexts();
      assert.ok(docs.length >= 40);
      for (const { name, text: original } of docs) {
        const { bytes, text } = encodeLegacy(original, 'gb18030');
        const d = decodeBytes(bytes, name);
        assert.equal(d.text, text, name);
        assert.match(d.notes[0] ?? '', /read as GB18030/, name);
      }
    });

    it('reads the Taiwan records, re-encoded as Big5, as Big5', function () {
      if (!TAIWAN.every(existsSync)) { this.skip(); }
      for (const f of TAIWAN) {
        const { bytes, text } = encodeLegacy(readFileSync(f, 'utf8'), 'big5');
        const d = decodeBytes(bytes, f);
        assert.equal(d.text, text, f);
        assert.match(d.notes[0] ?? '', /read as BIG5/, f);
      }
    });
  });

  describe('refuses what is not certain, with the --encoding to try', () => {
    const korean = '대한민국 정부는 국민의 안전과 행복을 위하여 최선을 다하고 있습니다. 올해 예산은 작년보다 5% 늘었습니다.\n'.repeat(10);
    const japanese = '日本政府は国民の安全のために最善を尽くしています。今年の予算は昨年より五パーセント増えました。\n'.repeat(10);
    const cases: Array<[string, () => Uint8Array, RegExp]> = [
      ['a short GB18030 text (too little evidence)', () => encodeLegacy('增长百分之五', 'gb18030').bytes, /f\.txt is not UTF-8, and not certainly GB18030 or Big5 either; pass --encoding gb18030/],
      ['traditional Chinese in GB18030 (Big5 cannot decode it)', () => encodeLegacy(TRADITIONAL.repeat(4), 'gb18030').bytes, /pass --encoding gb18030/],
      ['Korean (EUC-KR)', () => encodeLegacy(korean, 'euc-kr').bytes, /is not UTF-8, and not certainly GB18030 or Big5 either/],
      ['Japanese (EUC-JP)', () => encodeLegacy(japanese, 'euc-jp').bytes, /is not UTF-8, and not certainly GB18030 or Big5 either/],
      ['Japanese (Shift_JIS)', () => encodeLegacy(japanese, 'shift_jis').bytes, /is not UTF-8, and not certainly GB18030 or Big5 either/],
      ['binary', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256), /looks like a binary file/],
      ['UTF-16 without a byte order mark', () => utf16('Policy 2025: growth 5%. '.repeat(20), false).subarray(2), /binary file .*pass --encoding utf-16le or utf-16be/],
    ];
    for (const [what, bytes, message] of cases) {
      it(what, () => { assert.match(refusal(bytes()), message); });
    }

    it('refuses a GB18030 file read with --encoding utf-8, naming the likely encoding', () => {
      assert.match(refusal(encodeLegacy(SIMPLIFIED.repeat(4), 'gb18030').bytes, 'utf-8'), /f\.txt: \d+ characters could not be decoded as utf-8; try another --encoding, e\.g\. --encoding gb18030/);
    });

    it('refuses an encoding it does not know', () => {
      assert.match(refusal(Buffer.from(SIMPLIFIED), 'klingon'), /unknown encoding "klingon"/);
    });
  });
});
