// pdf.js's CMaps are files named like `UniGB-UCS2-H.bcmap`. The name comes from the PDF, so a host's
// loader checks it before it reaches a path or a URL.
const CMAP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The file name of a CMap, or an error for a name that is not one. */
export function cMapFileName(name: string): string {
  if (!CMAP_NAME.test(name) || name.includes('..')) { throw new Error(`not a CMap name: ${name}`); }
  return `${name}.bcmap`;
}
