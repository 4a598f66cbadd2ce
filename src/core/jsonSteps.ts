// A JSON parser that works in steps, for files a workspace controls (the user's glossary): JSON.parse
// cannot be interrupted, and its cost grows with the number of values, not only the bytes (a
// megabyte of `{},` or of nested arrays takes it hundreds of milliseconds). This one yields every
// CHARACTERS_PER_STEP characters, keeps its nesting on an explicit stack (no depth can exhaust the
// call stack), builds exactly what JSON.parse builds for valid JSON (`__proto__` included, as an
// own key) and, for invalid JSON, says at which offset it went wrong.

import { runSteps } from './steps';

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

/** The tokens of JSON text: each reader leaves `i` after what it read, or at the fault with `detail` set. */
class Reader {
  i = 0;
  detail = '';

  constructor(readonly text: string) {}

  skipSpace(): void {
    const text = this.text;
    let c = text.charCodeAt(this.i);
    while (c === 32 || c === 9 || c === 10 || c === 13) { c = text.charCodeAt(++this.i); }
  }

  /** The string starting at i (a quote); undefined when malformed. */
  string(): string | undefined {
    const text = this.text;
    if (text.charCodeAt(this.i) !== 34) { this.detail = 'expected a string'; return undefined; }
    let out = '';
    let i = this.i + 1;
    let from = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) { this.i = i + 1; return out + text.slice(from, i); }
      if (c < 32) { this.i = i; this.detail = 'a control character in a string'; return undefined; }
      if (c !== 92) { continue; }
      out += text.slice(from, i);
      const e = text[i + 1];
      if (e === 'u') {
        const v = hexValue(text, i + 2);
        if (v < 0) { this.i = i + 1 - v; this.detail = 'a bad \\u escape'; return undefined; }
        out += String.fromCharCode(v);
        i += 5;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        i += 1;
      } else {
        this.i = i + 1;
        this.detail = 'a bad escape';
        return undefined;
      }
      from = i + 1;
    }
    this.i = i;
    this.detail = 'an unterminated string';
    return undefined;
  }

  private digits(): boolean {
    const from = this.i;
    while (this.i < this.text.length && isDigit(this.text.charCodeAt(this.i))) { this.i++; }
    return this.i > from;
  }

  /** The number at i; undefined when malformed. */
  number(): number | undefined {
    const text = this.text;
    const from = this.i;
    this.detail = 'a malformed number';
    if (text[this.i] === '-') { this.i++; }
    if (text[this.i] === '0') { this.i++; } else if (!this.digits()) { return undefined; }
    if (text[this.i] === '.') { this.i++; if (!this.digits()) { return undefined; } }
    if (text[this.i] === 'e' || text[this.i] === 'E') {
      this.i++;
      if (text[this.i] === '+' || text[this.i] === '-') { this.i++; }
      if (!this.digits()) { return undefined; }
    }
    return Number(text.slice(from, this.i));
  }

  /** true, false or null at i; undefined when none. */
  literal(): boolean | null | undefined {
    const c = this.text[this.i];
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
    this.detail = c === undefined ? 'unexpected end' : 'expected a value';
    if (word === undefined) { return undefined; }
    for (let k = 0; k < word.length; k++, this.i++) { if (this.text[this.i] !== word[k]) { return undefined; } }
    return word === 'true' ? true : word === 'false' ? false : null;
  }

  /** After `{` or `,` in an object: its key and colon. */
  key(): string | undefined {
    this.skipSpace();
    const k = this.string();
    if (k === undefined) { return undefined; }
    this.skipSpace();
    if (this.text[this.i] !== ':') { this.detail = 'expected a colon'; return undefined; }
    this.i++;
    return k;
  }

  fail(): JsonResult {
    return { ok: false, offset: this.i, detail: this.detail };
  }
}

/**
 * Parses `text` as JSON, yielding between steps; the result is the generator's return value.
 * Nesting deeper than `maxDepth` is refused (at the bracket that goes too deep) before a megabyte
 * of `[` makes a million arrays.
 */
export function* parseJsonSteps(text: string, maxDepth = Number.POSITIVE_INFINITY): Generator<void, JsonResult, void> {
  const r = new Reader(text);
  const stack: Open[] = [];
  const tooDeep = (at: number): JsonResult => {
    r.i = at;
    r.detail = `nested more than ${maxDepth} levels deep`;
    return r.fail();
  };
  let stepEnd = CHARACTERS_PER_STEP;
  for (;;) {
    if (r.i >= stepEnd) {
      yield;
      stepEnd = r.i + CHARACTERS_PER_STEP;
    }
    // A value is expected here.
    r.skipSpace();
    const c = text[r.i];
    const at = r.i;
    let value: unknown;
    if (c === '{' || c === '[') {
      r.i++;
      r.skipSpace();
      if (text[r.i] === (c === '{' ? '}' : ']')) {
        r.i++;
        value = c === '{' ? {} : [];
      } else {
        if (stack.length >= maxDepth) { return tooDeep(at); }
        if (c === '[') { stack.push({ kind: 'array', value: [] }); continue; }
        const k = r.key();
        if (k === undefined) { return r.fail(); }
        stack.push({ kind: 'object', value: {}, key: k });
        continue;
      }
    } else {
      value = c === '"' ? r.string() : c === '-' || (c !== undefined && isDigit(c.charCodeAt(0))) ? r.number() : r.literal();
      if (value === undefined) { return r.fail(); }
    }
    // After a value: put it in its container, close containers, or find the comma to the next value.
    for (;;) {
      const top = stack[stack.length - 1];
      r.skipSpace();
      if (top === undefined) {
        r.detail = 'text after the end';
        return r.i < text.length ? r.fail() : { ok: true, value };
      }
      if (top.kind === 'array') { top.value.push(value); } else { setKey(top.value, top.key, value); }
      const d = text[r.i];
      if (d === ',') {
        r.i++;
        if (top.kind === 'object') {
          const k = r.key();
          if (k === undefined) { return r.fail(); }
          top.key = k;
        }
        break;
      }
      if ((top.kind === 'array' && d === ']') || (top.kind === 'object' && d === '}')) {
        r.i++;
        stack.pop();
        value = top.value;
        continue;
      }
      r.detail = d === undefined ? 'unexpected end' : top.kind === 'array' ? 'expected , or ]' : 'expected , or }';
      return r.fail();
    }
  }
}

/** Parses at once (parseJsonSteps without the pauses). */
export function parseJson(text: string, maxDepth = Number.POSITIVE_INFINITY): JsonResult {
  return runSteps(parseJsonSteps(text, maxDepth));
}
