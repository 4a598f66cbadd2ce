// A JSON parser that works in steps, for files a workspace controls (the user's glossary): JSON.parse
// cannot be interrupted, and its cost grows with the number of values, not only the bytes (a
// megabyte of `{},` or of nested arrays takes it hundreds of milliseconds). This one yields every
// CHARACTERS_PER_STEP characters, keeps its nesting on an explicit stack (no depth can exhaust the
// call stack), builds exactly what JSON.parse builds for valid JSON (`__proto__` included, as an
// own key) and, for invalid JSON, says at which offset it went wrong.

export type JsonResult =
  | { ok: true; value: unknown }
  /** `offset`: the UTF-16 offset of the first character that cannot continue valid JSON. */
  | { ok: false; offset: number; detail: string };

/** About a millisecond of parsing. */
export const CHARACTERS_PER_STEP = 32768;

type Open = { kind: 'array'; value: unknown[] } | { kind: 'object'; value: Record<string, unknown>; key: string };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function hexValue(text: string, at: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(at + k);
    const d = isDigit(c) ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) { return -1 - k; }
    v = v * 16 + d;
  }
  return v;
}

/** Own, enumerable, even for `__proto__` (assignment would set the prototype instead). */
function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

/**
 * Parses `text` as JSON, yielding between steps; the result is the generator's return value.
 * Nesting deeper than `maxDepth` is refused (at the bracket that goes too deep) before a megabyte
 * of `[` makes a million arrays.
 */
export function* parseJsonSteps(text: string, maxDepth = Number.POSITIVE_INFINITY): Generator<void, JsonResult, void> {
  const n = text.length;
  let i = 0;
  let detail = '';
  const stack: Open[] = [];

  const skipSpace = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i)) { /* skip */ }
  };
  /** The string starting at i (a quote), i after it; undefined (i at the fault) when malformed. */
  const string = (): string | undefined => {
    if (text.charCodeAt(i) !== 34) { detail = 'expected a string'; return undefined; }
    let out = '';
    let from = ++i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) { out += text.slice(from, i++); return out; }
      if (c < 32) { detail = 'a control character in a string'; return undefined; }
      if (c !== 92) { continue; }
      out += text.slice(from, i);
      const e = text[i + 1];
      if (e === 'u') {
        const v = hexValue(text, i + 2);
        if (v < 0) { i += 1 - v; detail = 'a bad \\u escape'; return undefined; }
        out += String.fromCharCode(v);
        i += 5;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        i += 1;
      } else {
        i++;
        detail = 'a bad escape';
        return undefined;
      }
      from = i + 1;
    }
    detail = 'an unterminated string';
    return undefined;
  };
  const digits = (): boolean => {
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i))) { i++; }
    return i > from;
  };
  /** The number at i; undefined (i at the fault) when malformed. */
  const number = (): number | undefined => {
    const from = i;
    detail = 'a malformed number';
    if (text[i] === '-') { i++; }
    if (text[i] === '0') { i++; } else if (!digits()) { return undefined; }
    if (text[i] === '.') { i++; if (!digits()) { return undefined; } }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') { i++; }
      if (!digits()) { return undefined; }
    }
    return Number(text.slice(from, i));
  };
  /** After `{` or `,` in an object: its key and colon. */
  const key = (): string | undefined => {
    skipSpace();
    const k = string();
    if (k === undefined) { return undefined; }
    skipSpace();
    if (text[i] !== ':') { detail = 'expected a colon'; return undefined; }
    i++;
    return k;
  };
  const fail = (): JsonResult => ({ ok: false, offset: i, detail });

  let stepEnd = CHARACTERS_PER_STEP;
  for (;;) {
    if (i >= stepEnd) {
      yield;
      stepEnd = i + CHARACTERS_PER_STEP;
    }
    // A value is expected here.
    skipSpace();
    const c = text[i];
    const at = i;
    let value: unknown;
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') { i++; value = {}; } else {
        if (stack.length >= maxDepth) { i = at; detail = `nested more than ${maxDepth} levels deep`; return fail(); }
        const k = key();
        if (k === undefined) { return fail(); }
        stack.push({ kind: 'object', value: {}, key: k });
        continue;
      }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') { i++; value = []; } else {
        if (stack.length >= maxDepth) { i = at; detail = `nested more than ${maxDepth} levels deep`; return fail(); }
        stack.push({ kind: 'array', value: [] });
        continue;
      }
    } else if (c === '"') {
      value = string();
      if (value === undefined) { return fail(); }
    } else if (c === '-' || (c !== undefined && isDigit(c.charCodeAt(0)))) {
      value = number();
      if (value === undefined) { return fail(); }
    } else {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
      detail = c === undefined ? 'unexpected end' : 'expected a value';
      if (word === undefined) { return fail(); }
      for (let k = 0; k < word.length; k++, i++) { if (text[i] !== word[k]) { return fail(); } }
      value = word === 'true' ? true : word === 'false' ? false : null;
    }
    // After a value: put it in its container, close containers, or find the comma to the next value.
    for (;;) {
      const top = stack[stack.length - 1];
      skipSpace();
      if (top === undefined) {
        detail = 'text after the end';
        return i < n ? fail() : { ok: true, value };
      }
      if (top.kind === 'array') { top.value.push(value); } else { setKey(top.value, top.key, value); }
      const d = text[i];
      if (d === ',') {
        i++;
        if (top.kind === 'object') {
          const k = key();
          if (k === undefined) { return fail(); }
          top.key = k;
        }
        break;
      }
      if ((top.kind === 'array' && d === ']') || (top.kind === 'object' && d === '}')) {
        i++;
        stack.pop();
        value = top.value;
        continue;
      }
      detail = d === undefined ? 'unexpected end' : top.kind === 'array' ? 'expected , or ]' : 'expected , or }';
      return fail();
    }
  }
}

/** Parses at once (parseJsonSteps without the pauses). */
export function parseJson(text: string, maxDepth = Number.POSITIVE_INFINITY): JsonResult {
  const steps = parseJsonSteps(text, maxDepth);
  for (;;) {
    const r = steps.next();
    if (r.done) { return r.value; }
  }
}
