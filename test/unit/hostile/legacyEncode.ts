// Text to the bytes of a legacy encoding, for tests: Node decodes GB18030, Big5, EUC-KR, Shift_JIS
// and EUC-JP but encodes none of them, so the table is made by decoding every one- and two-byte
// sequence once. A character the encoding lacks becomes `?`.
const tables = new Map<string, Map<string, number[]>>();

function tableOf(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) { return table; }
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    let ch: string;
    try { ch = decoder.decode(Uint8Array.from(bytes)); } catch { return; }
    if ([...ch].length === 1 && ch !== '\uFFFD' && !table?.has(ch)) { table?.set(ch, bytes); }
  };
  for (let b = 0; b < 0x80; b++) { add([b]); }
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) { add([lead, trail]); }
  }
  tables.set(encoding, table);
  return table;
}

/** The bytes of `text` in `encoding`, and the text those bytes stand for (with `?` where a character was missing). */
export function encodeLegacy(text: string, encoding: string): { bytes: Uint8Array; text: string } {
  const table = tableOf(encoding);
  const out: number[] = [];
  let kept = '';
  for (const ch of text) {
    const bytes = table.get(ch);
    if (bytes) { out.push(...bytes); kept += ch; } else { out.push(0x3f); kept += '?'; }
  }
  return { bytes: Uint8Array.from(out), text: kept };
}
