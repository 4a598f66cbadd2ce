// The shape every converter returns: see README.md in this folder.

/** The formats a converter exists for. */
export type ImportFormat = 'pdf' | 'docx' | 'html';

/** Where one paragraph of the text came from: a page (PDF) or an element path (Word, HTML). */
export interface Origin {
  /** UTF-16 offset of the paragraph's first character in `text`. */
  readonly start: number;
  /** UTF-16 offset just past its last character (the separating newline not included). */
  readonly end: number;
  /** 1-based page number (PDF). */
  readonly page?: number;
  /** An XPath-like path of the source element, e.g. `body/div[2]/p[5]` or `w:body/w:tbl[1]/w:tr[3]`. */
  readonly element?: string;
}

/** Something the converter could not turn into text, reported beside the text it could. */
export type ProblemKind =
  | 'undecodable-page'   // a PDF page whose fonts have no Unicode map: its text would be mojibake
  | 'no-text-layer'      // a PDF page with no text at all (a scan)
  | 'truncated'          // the document's text reached the size limit and was cut at a paragraph
  | 'unsupported-part';  // a part of the file skipped (an embedded object, a text box…)

export interface Problem {
  readonly kind: ProblemKind;
  /** 1-based page number, for PDF problems. */
  readonly page?: number;
  /** One line in English: what is wrong and what to do. */
  readonly message: string;
}

export interface ImportedText {
  /** Paragraphs, each on one line, separated by one blank line; table rows one per paragraph, cells separated by TAB. */
  readonly text: string;
  readonly format: ImportFormat;
  /** One entry per paragraph, in text order. */
  readonly origins: readonly Origin[];
  readonly problems: readonly Problem[];
}

/** Hooks a host supplies; every one is optional. */
export interface ImportOptions {
  /**
   * Reads one of pdf.js's binary CMaps by name (`UniGB-UCS2-H`), for PDFs whose Chinese fonts are
   * not embedded. The Node entry reads them from `dist/cmaps/`; a web host fetches them from its
   * extension folder. Without it such a page is reported as undecodable.
   */
  readonly loadCMap?: (name: string) => Promise<Uint8Array>;
  /** The largest input accepted, in bytes (default in limits.ts). */
  readonly maxBytes?: number;
  /** Stops the conversion: it rejects with an ImportError of kind 'cancelled'. */
  readonly signal?: AbortSignal;
}
