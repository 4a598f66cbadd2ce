// Cheap checks on decoded text, shared by the CLI and the editor: is it binary, was it decoded
// with the wrong encoding?

export interface TextHealth {
  /** Share of NUL and other C0 control characters (tab, LF, CR, FF excepted) in the sample. */
  controlRatio: number;
  /** Count of U+FFFD replacement characters in the sample: a wrong encoding leaves them. */
  replacementCount: number;
  /** Share of U+FFFD among the sample's characters. */
  replacementRatio: number;
  /** True when the text is most likely not text at all. */
  binary: boolean;
  /** True when the text looks decoded with the wrong encoding (many U+FFFD). */
  misdecoded: boolean;
}

const SAMPLE = 65536;

export function assessText(text: string): TextHealth {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  let nul = 0;
  let replacement = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) { nul++; control++; } else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) { control++; } else if (c === 0xfffd) { replacement++; }
  }
  const controlRatio = n === 0 ? 0 : control / n;
  const replacementRatio = n === 0 ? 0 : replacement / n;
  return {
    controlRatio,
    replacementCount: replacement,
    replacementRatio,
    // Text files hold no NUL; a few stray control characters (OCR, old word processors) are tolerated.
    binary: nul > 0 && nul / Math.max(n, 1) > 0.001 || controlRatio > 0.1,
    misdecoded: replacement >= 8 && replacementRatio > 0.01,
  };
}
