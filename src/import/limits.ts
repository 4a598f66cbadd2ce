// Every bound the converters keep, in one table: the work on any input is bounded by these.

export const LIMITS = {
  /** The largest file accepted, any format. */
  maxBytes: 64 * 1024 * 1024,
  /** The largest HTML page (a real gov.cn page is under 1 MB). */
  maxHtmlBytes: 16 * 1024 * 1024,
  /** The most text a document may produce, in UTF-16 code units (the analysis refuses far less). */
  maxTextChars: 20 * 1024 * 1024,
  /** Pages of a PDF read at most. */
  maxPdfPages: 3000,
  /** Entries in a .docx zip. */
  maxZipEntries: 2000,
  /** The inflated size of one zip entry. */
  maxZipEntryBytes: 128 * 1024 * 1024,
  /** The inflated size of all entries read from one zip. */
  maxZipTotalBytes: 256 * 1024 * 1024,
  /** Element nesting followed in HTML and Word XML before deeper content is flattened. */
  maxDepth: 256,
} as const;
