// Bytes to text. With --encoding, that encoding. Without it: a byte order mark (UTF-8, UTF-16 LE or
// BE), else UTF-8 when the bytes are valid UTF-8, else GB18030 or Big5 when the bytes are certainly
// one of them (said on stderr); anything else is refused with the --encoding to try, so the CLI
// never reports figures read from the wrong characters.
import { chineseShare } from '../core/language';
import { assessText, type TextHealth } from '../core/textHealth';
import { CliError, shown } from './errors';

export interface Decoded {
  text: string;
  /** Lines for stderr: how the text was decoded when that was a guess, or what could not be. */
  notes: string[];
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Where Chinese double-byte text puts its bytes. GB2312 (the common part of GBK and GB18030) uses
 * lead and trail bytes A1–FE; its 3,755 most used hanzi have leads B0–D7, and those from C9 on
 * (拼音 sh… to z) hold a good third of running Chinese text. Korean EUC-KR uses the same A1–FE
 * square but its Hangul stop at lead C8; Japanese EUC-JP writes kana at leads A4 and A5. Big5
 * takes trail bytes 40–7E as well as A1–FE, and so does about two fifths of Big5 text, while
 * GB2312 text never does. GB18030 alone has four-byte sequences: a second byte 30–39.
 */
const LEGACY = {
  gbRegion: { lead: [0xa1, 0xf7], trail: [0xa1, 0xfe] },
  gbLateHanzi: { lead: [0xc9, 0xd7], trail: [0xa1, 0xfe] },
  kana: { lead: [0xa4, 0xa5], trail: [0xa1, 0xfe] },
  lowTrail: [0x40, 0x7e],
  fourByteSecond: [0x30, 0x39],
} as const;

/** Fewer double-byte characters than this are not evidence enough for a guess. */
const MIN_PAIRS = 16;

interface ByteStats {
  /** Double-byte characters (lead ≥ 80). */
  pairs: number;
  gbRegion: number;
  gbLateHanzi: number;
  kana: number;
  lowTrail: number;
  /** GB18030 four-byte sequences. */
  fourByte: number;
}

const within = (b: number, [lo, hi]: readonly [number, number]): boolean => b >= lo && b <= hi;

function byteStats(bytes: Uint8Array): ByteStats {
  const s: ByteStats = { pairs: 0, gbRegion: 0, gbLateHanzi: 0, kana: 0, lowTrail: 0, fourByte: 0 };
  for (let i = 0; i + 1 < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) { i++; continue; }
    const trail = bytes[i + 1];
    if (within(trail, LEGACY.fourByteSecond)) { s.fourByte++; i += 4; continue; }
    s.pairs++;
    const inBox = (box: { lead: readonly [number, number]; trail: readonly [number, number] }) => within(lead, box.lead) && within(trail, box.trail);
    if (inBox(LEGACY.gbRegion)) { s.gbRegion++; }
    if (inBox(LEGACY.gbLateHanzi)) { s.gbLateHanzi++; }
    if (inBox(LEGACY.kana)) { s.kana++; }
    if (within(trail, LEGACY.lowTrail)) { s.lowTrail++; }
    i += 2;
  }
  return s;
}

/** The bytes decoded without a single error, or undefined. */
function strict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Chinese enough once decoded: a wrong guess turns into rare characters and punctuation soup more often than not. */
const chineseEnough = (text: string): boolean => chineseShare(text).ratio >= 0.2;

/** GB18030 or Big5 when the bytes are certainly that, with its text; else the likelier one to suggest. */
function detectLegacy(bytes: Uint8Array): { encoding: string; text?: string } {
  const s = byteStats(bytes);
  const share = (n: number) => (s.pairs === 0 ? 0 : n / s.pairs);
  if (s.pairs + s.fourByte >= MIN_PAIRS && share(s.gbRegion) >= 0.9 && share(s.lowTrail) < 0.02
    && share(s.gbLateHanzi) >= 0.08 && share(s.kana) < 0.05) {
    const text = strict(bytes, 'gb18030');
    if (text !== undefined && chineseEnough(text)) { return { encoding: 'gb18030', text }; }
  }
  if (s.pairs >= MIN_PAIRS && s.fourByte === 0 && share(s.lowTrail) >= 0.1) {
    const text = strict(bytes, 'big5');
    if (text !== undefined && chineseEnough(text)) { return { encoding: 'big5', text }; }
  }
  // Not certain: suggest the one that at least decodes without an error, else the one the bytes lean to.
  const gbDecodes = strict(bytes, 'gb18030') !== undefined;
  const big5Decodes = s.fourByte === 0 && strict(bytes, 'big5') !== undefined;
  if (gbDecodes !== big5Decodes) { return { encoding: gbDecodes ? 'gb18030' : 'big5' }; }
  return { encoding: share(s.lowTrail) >= 0.1 && s.fourByte === 0 ? 'big5' : 'gb18030' };
}

const SUGGEST: Readonly<Record<string, string>> = {
  gb18030: '--encoding gb18030 (or big5 for Traditional Chinese)',
  big5: '--encoding big5 (or gb18030 for Simplified Chinese)',
};

function refuseBinary(file: string, text: string, health: TextHealth): void {
  if (health.binary) {
    const utf16 = text.includes('\u0000') ? '; if it is UTF-16 text without a byte order mark, pass --encoding utf-16le or utf-16be' : '';
    throw new CliError(`${shown(file)} looks like a binary file (${Math.round(health.controlRatio * 100)} % control characters), not text${utf16}`);
  }
}

/** `health` is assessText(text), when the caller has it already. */
function checkHealth(file: string, text: string, encoding: string, suggestion: string, health: TextHealth = assessText(text)): string[] {
  refuseBinary(file, text, health);
  if (health.misdecoded) {
    throw new CliError(`${shown(file)}: ${health.replacementCount} characters could not be decoded as ${encoding}; try ${suggestion}`);
  }
  return health.replacementCount > 0
    ? [`warning: ${shown(file)}: ${health.replacementCount} bytes are not ${encoding} and read as U+FFFD`]
    : [];
}

/** Decodes `bytes` (read from `file`) with `encoding`, or finds the encoding; throws a CliError when it cannot be sure. */
export function decodeBytes(bytes: Uint8Array, file: string, encoding?: string): Decoded {
  if (encoding !== undefined) {
    let decoder: TextDecoder;
    try { decoder = new TextDecoder(encoding); } catch { throw new CliError(`unknown encoding "${shown(encoding)}" (try utf-8, gb18030, big5, utf-16le)`); }
    // TextDecoder drops a leading BOM of its own encoding, as the editor does.
    const text = decoder.decode(bytes);
    const other = decoder.encoding === 'gb18030' || decoder.encoding === 'gbk' ? SUGGEST.big5 : SUGGEST.gb18030;
    return { text, notes: checkHealth(file, text, decoder.encoding, `another --encoding, e.g. ${other}`) };
  }
  const bom = BOMS.find(b => b.bytes.every((v, k) => bytes[k] === v));
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes);
    return { text, notes: checkHealth(file, text, bom.encoding, '--encoding with the encoding the file was written in') };
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== undefined) { return { text: utf8, notes: checkHealth(file, utf8, 'utf-8', SUGGEST.gb18030) }; }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  // No legacy encoding puts bytes below 20 (hex) in a character: controls there mean binary.
  const health = assessText(lenient);
  refuseBinary(file, lenient, health);
  if (strayBytesOnly(lenient)) {
    // UTF-8 with a stray byte or three (a Latin-1 é): reported, read as U+FFFD.
    return { text: lenient, notes: checkHealth(file, lenient, 'utf-8', SUGGEST.gb18030, health) };
  }
  const legacy = detectLegacy(bytes);
  if (legacy.text === undefined) {
    throw new CliError(`${shown(file)} is not UTF-8, and not certainly GB18030 or Big5 either; pass ${SUGGEST[legacy.encoding]}, or the encoding it was written in`);
  }
  return {
    text: legacy.text,
    notes: [`note: ${shown(file)} is not UTF-8; it is read as ${legacy.encoding.toUpperCase()}, which it certainly is (--encoding chooses another)`],
  };
}

/** At most this many undecodable characters can be stray bytes in a UTF-8 file. */
const STRAY_BYTES = 3;

/** True when the U+FFFD of a UTF-8 decoding are a few strays among valid characters, not a wrong encoding. */
function strayBytesOnly(text: string): boolean {
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) { nonAscii++; }
    if (c === 0xfffd) { bad++; }
  }
  return bad <= STRAY_BYTES && bad * 10 < nonAscii;
}
