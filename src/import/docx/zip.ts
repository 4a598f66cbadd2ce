// A bounded zip reader for .docx: the central directory is read by hand and each wanted entry is
// inflated with fflate in small chunks, counting what comes out, so a zip bomb is refused by the
// sizes it declares (entries, inflated sizes) and by what it actually inflates to, whichever comes first.
import { Inflate } from 'fflate';
import { ImportError, sizeText } from '../errors';
import { LIMITS } from '../limits';

/** The bounds a zip is read within (LIMITS by default; tests pass small ones). */
export interface ZipLimits { readonly maxEntries: number; readonly maxEntryBytes: number; readonly maxTotalBytes: number }

const DEFAULT_LIMITS: ZipLimits = { maxEntries: LIMITS.maxZipEntries, maxEntryBytes: LIMITS.maxZipEntryBytes, maxTotalBytes: LIMITS.maxZipTotalBytes };

interface Entry { readonly name: string; readonly method: number; readonly compressedSize: number; readonly size: number; readonly localOffset: number }

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const PUSH_BYTES = 4096;

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array, private readonly fileName: string, private readonly limits: ZipLimits = DEFAULT_LIMITS) {
    this.readDirectory();
  }

  has(name: string): boolean { return this.entries.has(name); }

  /** The inflated bytes of one entry, or undefined when the zip has none of that name. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) { return undefined; }
    // Only the parts read are bounded by size: a large picture the converter never opens does no harm.
    if (e.size > this.limits.maxEntryBytes) { this.bomb(`${name} declares ${sizeText(e.size)} inflated`); }
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (e.localOffset + 30 > this.bytes.length || view.getUint32(e.localOffset, true) !== LOCAL) { this.corrupt(`the entry ${name} is missing`); }
    const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    if (start + e.compressedSize > this.bytes.length) { this.corrupt(`the entry ${name} is cut short`); }
    if (e.method === 0) { this.count(data.length, name); return data; }
    if (e.method !== 8) { this.corrupt(`the entry ${name} uses compression method ${e.method}`); }
    return this.inflate(data, name);
  }

  private inflate(data: Uint8Array, name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > this.limits.maxEntryBytes) { this.bomb(`${name} inflates past ${sizeText(this.limits.maxEntryBytes)}`); }
      this.count(chunk.length, name);
      chunks.push(chunk);
    });
    for (let at = 0; at < data.length; at += PUSH_BYTES) {
      inflater.push(data.subarray(at, Math.min(at + PUSH_BYTES, data.length)), at + PUSH_BYTES >= data.length);
    }
    if (data.length === 0) { inflater.push(new Uint8Array(0), true); }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.length; }
    return out;
  }

  private count(n: number, name: string): void {
    this.inflated += n;
    if (this.inflated > this.limits.maxTotalBytes) { this.bomb(`its parts inflate past ${sizeText(this.limits.maxTotalBytes)} (at ${name})`); }
  }

  private readDirectory(): void {
    const b = this.bytes;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    // The end-of-central-directory record is in the last 22 + 65535 bytes (its comment is at most 64 KB).
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === EOCD) { eocd = i; break; }
    }
    if (eocd < 0) { this.corrupt('it has no zip directory (the file is cut short or damaged)'); }
    const count = view.getUint16(eocd + 10, true);
    const dirOffset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || dirOffset === 0xffffffff) { this.corrupt('it is a ZIP64 archive, which a Word document never needs'); }
    if (count > this.limits.maxEntries) { this.bomb(`it holds ${count} entries, more than ${this.limits.maxEntries}`); }
    let at = dirOffset;
    for (let n = 0; n < count; n++) {
      if (at + 46 > b.length || view.getUint32(at, true) !== CENTRAL) { this.corrupt('its zip directory is damaged'); }
      const nameLength = view.getUint16(at + 28, true);
      const entry: Entry = {
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
        name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)),
      };
      if ((view.getUint16(at + 8, true) & 1) !== 0) {
        throw new ImportError('encrypted', this.fileName, 'the document is password-protected.', 'Open it in Word, remove the password and save it again.');
      }
      this.entries.set(entry.name, entry);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  private corrupt(detail: string): never {
    throw new ImportError('corrupt', this.fileName, `${detail}.`, 'Open it in Word and save it again as .docx.');
  }

  private bomb(detail: string): never {
    throw new ImportError('too-large', this.fileName, `the archive is refused: ${detail}.`, 'Open it in Word and save it again, or split it.');
  }
}
