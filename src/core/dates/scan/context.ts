// What every date rule is handed: the text, the slice being scanned, and what the document profile
// says (src/core/profile.ts), so that no rule keeps state about the document (docs/architecture.md).

/** What a rule reads: the text, the slice scanned, and what the document profile says. */
export interface ScanContext {
  text: string;
  from: number;
  limit: number;
  /** The document writes 民國 years (its profile's era), so that 70年10月19日 and 102年度 are ROC years. */
  roc: boolean;
  /** The text is hard-wrapped at one width (its profile's wrapWidth): a date may be broken across a line (2019⏎年). */
  wrapped: boolean;
}
