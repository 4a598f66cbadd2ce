// The words of the explanations, English and 简体中文, as one string table (the core has no
// vscode.l10n): explainText.ts, explainNumber.ts and inlineHints.ts fill its templates ({0}, {1}…).
// A key added to EN must be added to ZH: the type says so.

export type ExplanationLanguage = 'en' | 'zh-cn';

export interface ExplanationRow {
  label: string;
  value: string;
}

// --- the string table ------------------------------------------------------------------------

const EN = {
  'kind.number': 'Number', 'kind.date': 'Date', 'kind.target': 'Target', 'kind.term': 'Term',
  'label.value': 'Value', 'label.inWords': 'In words', 'label.english': 'In English', 'label.conversion': 'Converted',
  'label.qualifier': 'Qualifier', 'label.multiple': 'Reading', 'label.impliedBase': 'Implied base', 'label.change': 'Change',
  'label.numberKind': 'Kind',
  'qualifier.above': 'more than, or at least (the text does not say which)',
  'qualifier.below': 'less than, or at most (the text does not say which)',
  'reading.growth': 'growth: {0} (new value = {1} × base)', 'reading.multiple': 'multiple: {0} × base',
  'impliedBase': '≈ {0}',
  'change.up': 'up (an increase)', 'change.down': 'down (a decrease)',
  'numberKind.cardinal': 'count', 'numberKind.percent': 'percentage', 'numberKind.money': 'money',
  'numberKind.quantity': 'measured quantity', 'numberKind.multiple': 'multiple', 'numberKind.ordinal': 'ordinal (rank)',
  'numberKind.ratio': 'ratio',
  'ordinal': 'No. {0}',
  'words.between': 'between {0} and {1}', 'words.atLeast': 'at least {0}', 'words.moreThan': 'more than {0}',
  'words.atMost': 'at most {0}', 'words.lessThan': 'less than {0}', 'words.about': 'about {0}',
  'fraction.percent': '{0} ({1} %)', 'fraction.percentApprox': '{0} (≈ {1} %)',
  'hint.year': '{0}', 'hint.years': '{0}–{1}', 'hint.month': '{0}-{1}', 'hint.half.1': '{0} H1', 'hint.half.2': '{0} H2',
  'hint.quarter': '{0} Q{1}',

  'label.resolves': 'Resolves to', 'label.dateType': 'Type', 'label.basis': 'Resolved from', 'label.granularity': 'Granularity',
  'label.partOfDay': 'Time of day', 'label.asOf': 'As of',
  'unresolved': 'unresolved', 'range': '{0} … {1}',
  'dateType.relative': 'relative (needs the document date)', 'dateType.absolute': 'absolute (explicit in the text)',
  'asOf': 'counted up to this day (截至)',
  'basis.explicit': 'explicit in the text',
  'basis.document': 'the document date {0}',
  'basis.source.dateline': ', from the dateline “{0}”', 'basis.source.header': ', from the header line “{0}”',
  'basis.source.signature': ', from the signature date “{0}”', 'basis.source.setting': ', given as the reference date',
  'basis.setBy.command': ', set for this file with Set Document Date…', 'basis.setBy.setting': ', from the setting policyLens.referenceDate',
  'basis.setBy.cli': ', given with --reference-date',
  'basis.yearFrom': ' (its year from “{0}”)',
  'basis.dateline': 'this article’s dateline “{0}” ({1})',
  'basis.context': 'the context: “{0}”', 'basis.contextResolved': 'the context: “{0}” ({1})',
  'basis.samePeriod': 'the same period {0} before “{1}” ({2})',
  'basis.unresolved': 'unresolved: {0}',
  'reason.no document date': 'no document date found', 'reason.approximate duration': 'the duration is approximate',
  'reason.no month in context': 'no month mentioned before it', 'reason.no period to compare with': 'no earlier period to compare with',
  'reason.starts after the document date': 'it would start after the document date', 'reason.invalid date': 'not a valid calendar date',
  'granularity.day': 'day', 'granularity.month': 'month', 'granularity.quarter': 'quarter', 'granularity.half': 'half-year',
  'granularity.year': 'year', 'granularity.period': 'period', 'granularity.duration': 'duration', 'granularity.event': 'event',

  'label.deadline': 'Deadline', 'label.targetValue': 'Value', 'label.object': 'Object', 'label.strength': 'Strength',
  'label.fromDocument': 'Time left from the document date ({0})', 'label.fromToday': 'Time left from today ({0})',
  'deadline': '{0} (by {1})', 'none': 'none',
  'strength.strive': 'strive (力争)', 'strength.ensure': 'ensure (确保)', 'strength.target': 'target (目标)',
  'strength.plan': 'plan (计划)', 'strength.expect': 'expect (预计)',
  'timeLeft': '{0}', 'timePassed': 'deadline passed {0} ago', 'dueToday': 'due today',

  'label.headword': 'Term', 'label.asWritten': 'As written', 'label.termEn': 'Meaning', 'label.termZh': 'Chinese',
  'label.origin': 'Origin', 'label.source': 'Source', 'label.aliases': 'Also written',
  'source.built-in': 'built-in glossary', 'source.setting': 'settings', 'source.settingId': 'setting {0}', 'source.file': 'glossary file {0}',
  'notInGlossary': 'not in the glossary',
} as const;

export type Key = keyof typeof EN;

const ZH: Readonly<Record<Key, string>> = {
  'kind.number': '数字', 'kind.date': '日期', 'kind.target': '目标', 'kind.term': '术语',
  'label.value': '数值', 'label.inWords': '读作', 'label.english': '英文', 'label.conversion': '换算',
  'label.qualifier': '限定', 'label.multiple': '倍数含义', 'label.impliedBase': '推算基数', 'label.change': '变化',
  'label.numberKind': '类型',
  'qualifier.above': '超过或不少于（原文未说明是否含本数）',
  'qualifier.below': '不足或不超过（原文未说明是否含本数）',
  'reading.growth': '增长：{0}（新值 = 基数 × {1}）', 'reading.multiple': '倍数：基数 × {0}',
  'impliedBase': '≈ {0}',
  'change.up': '上升（增加）', 'change.down': '下降（减少）',
  'numberKind.cardinal': '计数', 'numberKind.percent': '百分比', 'numberKind.money': '金额',
  'numberKind.quantity': '计量', 'numberKind.multiple': '倍数', 'numberKind.ordinal': '序数（排名）',
  'numberKind.ratio': '比值',
  'ordinal': '第{0}',
  'words.between': '介于{0}与{1}之间', 'words.atLeast': '不少于{0}', 'words.moreThan': '超过{0}',
  'words.atMost': '不超过{0}', 'words.lessThan': '不足{0}', 'words.about': '约{0}',
  'fraction.percent': '{0}（{1}%）', 'fraction.percentApprox': '{0}（约{1}%）',
  'hint.year': '{0}年', 'hint.years': '{0}—{1}年', 'hint.month': '{0}年{1}月', 'hint.half.1': '{0}年上半年', 'hint.half.2': '{0}年下半年',
  'hint.quarter': '{0}年第{1}季度',

  'label.resolves': '解析为', 'label.dateType': '类型', 'label.basis': '解析依据', 'label.granularity': '粒度',
  'label.partOfDay': '时段', 'label.asOf': '截至',
  'unresolved': '无法解析', 'range': '{0} … {1}',
  'dateType.relative': '相对日期（依赖文档日期）', 'dateType.absolute': '绝对日期（文中明示）',
  'asOf': '统计截止到这一天',
  'basis.explicit': '文中明示',
  'basis.document': '文档日期 {0}',
  'basis.source.dateline': '，取自电头“{0}”', 'basis.source.header': '，取自文头“{0}”',
  'basis.source.signature': '，取自落款日期“{0}”', 'basis.source.setting': '，为指定的参考日期',
  'basis.setBy.command': '，由“设置文档日期…”为本文件设定', 'basis.setBy.setting': '，来自设置 policyLens.referenceDate',
  'basis.setBy.cli': '，由 --reference-date 指定',
  'basis.yearFrom': '（年份取自“{0}”）',
  'basis.dateline': '本篇电头“{0}”（{1}）',
  'basis.context': '上下文：“{0}”', 'basis.contextResolved': '上下文：“{0}”（{1}）',
  'basis.samePeriod': '“{1}”（{2}）{0}前的同期',
  'basis.unresolved': '无法解析：{0}',
  'reason.no document date': '未找到文档日期', 'reason.approximate duration': '时长为约数',
  'reason.no month in context': '上文未提到月份', 'reason.no period to compare with': '上文没有可对比的时期',
  'reason.starts after the document date': '起点晚于文档日期', 'reason.invalid date': '不是有效的日期',
  'granularity.day': '日', 'granularity.month': '月', 'granularity.quarter': '季度', 'granularity.half': '半年',
  'granularity.year': '年', 'granularity.period': '时段', 'granularity.duration': '时长', 'granularity.event': '事件',

  'label.deadline': '期限', 'label.targetValue': '目标值', 'label.object': '目标对象', 'label.strength': '力度',
  'label.fromDocument': '距期限（自文档日期 {0}）', 'label.fromToday': '距期限（自今天 {0}）',
  'deadline': '{0}（{1} 前）', 'none': '无',
  'strength.strive': '力争', 'strength.ensure': '确保', 'strength.target': '目标',
  'strength.plan': '计划', 'strength.expect': '预计',
  'timeLeft': '还有 {0}', 'timePassed': '期限已过 {0}', 'dueToday': '今天到期',

  'label.headword': '术语', 'label.asWritten': '原文写法', 'label.termEn': '英文释义', 'label.termZh': '释义',
  'label.origin': '出处', 'label.source': '来源', 'label.aliases': '其他写法',
  'source.built-in': '内置词表', 'source.setting': '设置', 'source.settingId': '设置 {0}', 'source.file': '词表文件 {0}',
  'notInGlossary': '词表中无此词条',
};

const TABLES: Readonly<Record<ExplanationLanguage, Readonly<Record<Key, string>>>> = { en: EN, 'zh-cn': ZH };

function fill(template: string, args: readonly (string | number)[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{' && i + 2 < template.length && template[i + 2] === '}') {
      const n = template.charCodeAt(i + 1) - 48;
      if (n >= 0 && n < args.length) { out += String(args[n]); i += 2; continue; }
    }
    out += c;
  }
  return out;
}

/** One entry of the table, with {0}, {1}… filled in. */
export function t(lang: ExplanationLanguage, key: Key, ...args: (string | number)[]): string {
  return fill(TABLES[lang][key], args);
}

/** True for a key of the table (for codes that come as data, such as an unresolved date's reason). */
export function isKey(key: string): key is Key {
  return key in EN;
}
