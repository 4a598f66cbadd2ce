// The words the ledger is shown in (docs/annotation.md §3, "Indicators"): English and 简体中文, one
// table for every face — the editor's ledger view and hover, the exports and the CLI. Language
// data only; table.ts and export.ts read it.
import type { Change } from './values';

export type LedgerLocale = 'en' | 'zh-cn';

export interface LedgerLabels {
  title: string;
  indicator: string;
  /** Before a target's figure, where a line holds more than the target (the hover: 2024 target 5%左右). */
  target: string;
  achieved: string;
  none: string;
  changes: Record<Change, string>;
  met: string;
  missed: string;
  /** A column of a year that only later reviews report. */
  reviewOnly: string;
  /** A document without a document date (its column has no year). */
  undated: string;
  /** Before the list of the documents without a year. */
  undatedList: string;
  /** Why an undated document has no year. */
  undatedWhy: string;
  /** Separator of the parts of a cell or a line. */
  dot: string;
  /** The Markdown export's legend of the signs. */
  legend: string;
  /** Column heads of the CSV export. */
  csv: {
    indicatorId: string; indicator: string; indicatorEn: string; year: string; document: string;
    target: string; targetValue: string; targetUnit: string; targetQualifier: string; targetLine: string;
    outcome: string; outcomeValue: string; outcomeDocument: string; outcomeLine: string; change: string; met: string;
  };
  /** The hover line of a year: its target (2024 target 5%左右), or only what was achieved (2023 achieved 5.2%). */
  yearTarget: (year: string) => string;
  yearAchieved: (year: string) => string;
}

/** Signs that say the same as the words, so that colour is never the only cue. */
export const CHANGE_SIGNS: Readonly<Record<Change, string>> = {
  raised: '↑', lowered: '↓', unchanged: '=', reworded: '≈', new: '+', dropped: '−',
};
export const MET_SIGN = '✓';
export const MISSED_SIGN = '✗';

const LABELS: Readonly<Record<LedgerLocale, LedgerLabels>> = {
  en: {
    title: 'Target ledger',
    indicator: 'Indicator',
    target: 'target',
    achieved: 'achieved',
    none: '—',
    changes: { raised: 'raised', lowered: 'lowered', unchanged: 'unchanged', reworded: 'reworded', new: 'new', dropped: 'dropped' },
    met: 'met',
    missed: 'missed',
    reviewOnly: 'only in later reviews',
    undated: 'no year',
    undatedList: 'Without a year (no document date found)',
    undatedWhy: 'no document date was found in it, so it has no year',
    dot: ' · ',
    legend: '↑ raised · ↓ lowered · = unchanged · ≈ reworded · + new · − dropped · ✓ met · ✗ missed',
    csv: {
      indicatorId: 'indicator_id', indicator: 'indicator', indicatorEn: 'indicator_en', year: 'year', document: 'document',
      target: 'target', targetValue: 'target_value', targetUnit: 'target_unit', targetQualifier: 'target_qualifier', targetLine: 'target_line',
      outcome: 'achieved', outcomeValue: 'achieved_value', outcomeDocument: 'achieved_document', outcomeLine: 'achieved_line', change: 'change', met: 'met',
    },
    yearTarget: (year) => `${year} target`,
    yearAchieved: (year) => `${year} achieved`,
  },
  'zh-cn': {
    title: '目标台账',
    indicator: '指标',
    target: '目标',
    achieved: '实际',
    none: '—',
    changes: { raised: '调高', lowered: '调低', unchanged: '持平', reworded: '表述变化', new: '新设', dropped: '不再设定' },
    met: '完成',
    missed: '未完成',
    reviewOnly: '仅见于此后的回顾',
    undated: '无年份',
    undatedList: '无年份（未找到文档日期）',
    undatedWhy: '文档中未找到文档日期，因此没有年份',
    dot: ' · ',
    legend: '↑ 调高 · ↓ 调低 · = 持平 · ≈ 表述变化 · + 新设 · − 不再设定 · ✓ 完成 · ✗ 未完成',
    csv: {
      indicatorId: '指标代码', indicator: '指标', indicatorEn: '指标（英文）', year: '年份', document: '文档',
      target: '目标', targetValue: '目标数值', targetUnit: '目标单位', targetQualifier: '目标限定', targetLine: '目标所在行',
      outcome: '实际', outcomeValue: '实际数值', outcomeDocument: '实际来源文档', outcomeLine: '实际所在行', change: '变化', met: '是否完成',
    },
    yearTarget: (year) => `${year}年目标`,
    yearAchieved: (year) => `${year}年实际`,
  },
};

export function ledgerLabels(locale: LedgerLocale): LedgerLabels {
  return LABELS[locale];
}
