// Words around a date that say what it is to the sentence (docs/annotation.md §2, §3): a deadline,
// an as-of point or the thing compared with. Read by marks.ts.

/** Words before a year that make it a deadline (到2027年); 截至 is an as-of, not a deadline. */
export const DEADLINE_BEFORE: readonly string[] = ['到', '至'];
/** Words after a year that make it a deadline (2025年前). */
export const DEADLINE_AFTER: readonly string[] = ['前', '以前', '之前', '目标'];
/** Words before a date that mark it as the thing compared with (相比于5月份, 比2020年). */
export const COMPARISON_BEFORE: readonly string[] = ['相比于', '相较于', '对比', '相比', '比', '较', '與', '与', '同', '跟'];
/** Words before a date that make it an as-of point (截至今年7月底). */
export const AS_OF_BEFORE: readonly string[] = ['截至', '截止到', '截止至', '截止', '截至到'];
