// Which documents the extension works on, and why not. Kept free of `vscode` so the decision is
// unit-tested; documentGate.ts feeds it from a TextDocument.
import { chineseShare } from '../core/language';
import { assessText } from '../core/textHealth';

/** The languages every feature is registered for. */
export const LANGUAGES: readonly string[] = ['plaintext', 'markdown', 'policy-text'];

export interface GateSettings {
  enable: boolean;
  minChineseRatio: number;
  maxDocumentSize: number;
  /** Longest line allowed (UTF-16 code units); no limit when absent. */
  maxLineLength?: number;
}

/** The first line (0-based) longer than `limit`, and its length; undefined when there is none. */
export type LongLineFinder = (limit: number) => { line: number; length: number } | undefined;

export type GateResult =
  | { ok: true; share: number; size: number }
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'language'; languageId: string }
  | { ok: false; reason: 'tooLarge'; size: number; limit: number }
  | { ok: false; reason: 'notChinese'; share: number; minimum: number }
  | { ok: false; reason: 'lineTooLong'; line: number; length: number; limit: number }
  | { ok: false; reason: 'binary' }
  | { ok: false; reason: 'misdecoded'; replacementRatio: number; share: number; minimum: number };

/**
 * `size` is the whole document's length; `sample` its beginning (at least CHINESE_SAMPLE_SIZE
 * code units when the document is that long). The size test comes first: it is free.
 */
export function decideGate(languageId: string, size: number, sample: string, settings: GateSettings, findLongLine?: LongLineFinder): GateResult {
  if (!settings.enable) { return { ok: false, reason: 'disabled' }; }
  if (!LANGUAGES.includes(languageId)) { return { ok: false, reason: 'language', languageId }; }
  if (size > settings.maxDocumentSize) { return { ok: false, reason: 'tooLarge', size, limit: settings.maxDocumentSize }; }
  const health = assessText(sample);
  if (health.binary) { return { ok: false, reason: 'binary' }; }
  const share = chineseShare(sample).ratio;
  if (share < settings.minChineseRatio) {
    // Chinese read with the wrong encoding comes out as U+FFFD, not Han: say so rather than "not Chinese".
    return health.misdecoded
      ? { ok: false, reason: 'misdecoded', replacementRatio: health.replacementRatio, share, minimum: settings.minChineseRatio }
      : { ok: false, reason: 'notChinese', share, minimum: settings.minChineseRatio };
  }
  // Only a document longer than the limit can hold such a line: the scan is skipped for nearly all.
  const lineLimit = settings.maxLineLength;
  if (lineLimit !== undefined && findLongLine && size > lineLimit) {
    const long = findLongLine(lineLimit);
    if (long) { return { ok: false, reason: 'lineTooLong', line: long.line, length: long.length, limit: lineLimit }; }
  }
  return { ok: true, share, size };
}
