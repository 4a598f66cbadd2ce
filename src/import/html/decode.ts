// The text of an HTML file from its bytes: the encoding from a byte-order mark, else from a
// `<meta charset>` or `http-equiv="Content-Type"` in the first 1024 bytes (the HTML standard's
// prescan), else UTF-8 if the bytes are valid UTF-8, else GB18030 (gov.cn's older pages).
import { ImportError } from '../errors';

const PRESCAN_BYTES = 1024;

export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const bom = bomEncoding(bytes);
  if (bom) { return decodeWith(bom.label, bytes.subarray(bom.length), fileName); }
  const declared = declaredCharset(bytes);
  if (declared) { return decodeWith(declared, bytes, fileName); }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWith('gb18030', bytes, fileName);
  }
}

function bomEncoding(b: Uint8Array): { label: string; length: number } | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) { return { label: 'utf-8', length: 3 }; }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) { return { label: 'utf-16le', length: 2 }; }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) { return { label: 'utf-16be', length: 2 }; }
  return undefined;
}

/** The charset a `<meta>` in the first 1024 bytes declares, lower-cased; bounded work. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES)).toLowerCase();
  let from = 0;
  for (;;) {
    const at = head.indexOf('<meta', from);
    if (at < 0) { return undefined; }
    const close = head.indexOf('>', at);
    const tag = head.slice(at, close < 0 ? head.length : close);
    const charset = charsetIn(tag);
    if (charset) { return charset; }
    from = at + 5;
  }
}

/** `charset=xyz` in a meta tag: its own attribute or inside http-equiv's content. */
function charsetIn(tag: string): string | undefined {
  const at = tag.indexOf('charset');
  if (at < 0) { return undefined; }
  let i = at + 'charset'.length;
  while (i < tag.length && (tag[i] === ' ' || tag[i] === '=')) { i++; }
  while (i < tag.length && (tag[i] === '"' || tag[i] === "'")) { i++; }
  let end = i;
  while (end < tag.length && /[a-z0-9_.:-]/.test(tag[end])) { end++; }
  return end > i ? tag.slice(i, end) : undefined;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) { s += String.fromCharCode(b[i]); }
  return s;
}

function decodeWith(label: string, bytes: Uint8Array, fileName: string): string {
  let decoder: TextDecoder;
  try {
    // GB2312 pages are written in GBK in practice; the WHATWG decoder maps both labels to GBK.
    decoder = new TextDecoder(label);
  } catch {
    throw new ImportError('unsupported-format', fileName, `its encoding "${label}" is not one this host can decode.`,
      'Save the page as UTF-8 and open it again.');
  }
  return decoder.decode(bytes);
}
