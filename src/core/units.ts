// Units, classifiers and magnitudes as data: what a numeral can be followed by, the unit to
// report, its English gloss and the conversions a reader wants. numbers.ts matches these forms
// after a numeral (the numeral itself has already taken any 万/亿 magnitude).
import type { NumberKind } from './types';

/** Magnitude characters a numeral may carry (兆 is 10^12 as in the peer specs). */
export const MAGNITUDES: readonly { char: string; exponent: number }[] = [
  { char: '万', exponent: 4 }, { char: '萬', exponent: 4 },
  { char: '亿', exponent: 8 }, { char: '億', exponent: 8 },
  { char: '兆', exponent: 12 },
];

/** A conversion shown next to the value: value × factor in `unit`. */
export interface Conversion {
  unit: string;
  factor: number;
}

export type UnitCategory = 'classifier' | 'money' | 'measure' | 'time' | 'percent' | 'multiple';

export interface UnitDef {
  /** The unit to report (canonical: 个月 → 月, 個百分點 → 百分點). */
  unit: string;
  category: UnitCategory;
  kind: NumberKind;
  /** English gloss, plural form ("yuan", "kilowatts", "companies"). */
  en: string;
  /** Singular, when it differs from the plural. */
  enOne?: string;
  conversions?: readonly Conversion[];
  /** Written with 多 inside (3个多月): the value is a lower bound. */
  above?: boolean;
}

const KW: readonly Conversion[] = [{ unit: 'GW', factor: 1e-6 }, { unit: 'MW', factor: 1e-3 }];
const KWH: readonly Conversion[] = [{ unit: 'TWh', factor: 1e-9 }, { unit: 'GWh', factor: 1e-6 }, { unit: 'MWh', factor: 1e-3 }];

function c(unit: string, en: string, enOne?: string): UnitDef {
  return { unit, category: 'classifier', kind: 'cardinal', en, enOne };
}
function money(unit: string, en: string, enOne?: string): UnitDef {
  return { unit, category: 'money', kind: 'money', en, enOne };
}
function m(unit: string, en: string, conversions?: readonly Conversion[], enOne?: string): UnitDef {
  return { unit, category: 'measure', kind: 'quantity', en, conversions, enOne };
}
function t(unit: string, en: string, enOne: string): UnitDef {
  return { unit, category: 'time', kind: 'quantity', en, enOne };
}

/**
 * Written form → definition. Longest form wins, so 个百分点 beats 个 and 千瓦时 beats 千瓦.
 * Classifiers keep the form as written (個 stays 個); forms with a filler (个月, 个小时) report the
 * head unit.
 */
export const UNIT_FORMS: Readonly<Record<string, UnitDef>> = {
  // percent and multiples
  '%': { unit: '%', category: 'percent', kind: 'percent', en: 'percent' },
  '％': { unit: '%', category: 'percent', kind: 'percent', en: 'percent' },
  '‰': { unit: '‰', category: 'percent', kind: 'percent', en: 'per mille' },
  '个百分点': { unit: '百分点', category: 'percent', kind: 'percent', en: 'percentage points', enOne: 'percentage point' },
  '百分点': { unit: '百分点', category: 'percent', kind: 'percent', en: 'percentage points', enOne: 'percentage point' },
  '個百分點': { unit: '百分點', category: 'percent', kind: 'percent', en: 'percentage points', enOne: 'percentage point' },
  '百分點': { unit: '百分點', category: 'percent', kind: 'percent', en: 'percentage points', enOne: 'percentage point' },
  '倍': { unit: '倍', category: 'multiple', kind: 'multiple', en: 'times' },

  // money
  '元': money('元', 'yuan'), '美元': money('美元', 'US dollars', 'US dollar'), '美金': money('美金', 'US dollars', 'US dollar'),
  '欧元': money('欧元', 'euros', 'euro'), '歐元': money('歐元', 'euros', 'euro'), '日元': money('日元', 'yen'),
  '英镑': money('英镑', 'pounds sterling', 'pound sterling'), '英鎊': money('英鎊', 'pounds sterling', 'pound sterling'),
  '港元': money('港元', 'Hong Kong dollars', 'Hong Kong dollar'), '港币': money('港币', 'Hong Kong dollars', 'Hong Kong dollar'),
  '港幣': money('港幣', 'Hong Kong dollars', 'Hong Kong dollar'), '人民币': money('人民币', 'yuan'), '人民幣': money('人民幣', 'yuan'),
  '新台币': money('新台币', 'New Taiwan dollars', 'New Taiwan dollar'), '新臺幣': money('新臺幣', 'New Taiwan dollars', 'New Taiwan dollar'),
  '新台幣': money('新台幣', 'New Taiwan dollars', 'New Taiwan dollar'), '台币': money('台币', 'New Taiwan dollars', 'New Taiwan dollar'),
  '卢布': money('卢布', 'roubles', 'rouble'), '盧布': money('盧布', 'roubles', 'rouble'), '韩元': money('韩元', 'won'),
  '澳元': money('澳元', 'Australian dollars', 'Australian dollar'), '加元': money('加元', 'Canadian dollars', 'Canadian dollar'),
  '法郎': money('法郎', 'francs', 'franc'), '瑞士法郎': money('瑞士法郎', 'Swiss francs', 'Swiss franc'),
  '澳门元': money('澳门元', 'patacas', 'pataca'), '新加坡元': money('新加坡元', 'Singapore dollars', 'Singapore dollar'),
  '加拿大元': money('加拿大元', 'Canadian dollars', 'Canadian dollar'), '泰铢': money('泰铢', 'baht'), '卢比': money('卢比', 'rupees', 'rupee'), '块钱': money('块钱', 'yuan'), '塊錢': money('塊錢', 'yuan'),

  // energy and power (the numeral has taken 万/亿 already: 993万 + 千瓦)
  '千瓦': m('千瓦', 'kilowatts', KW, 'kilowatt'), '瓩': m('瓩', 'kilowatts', KW, 'kilowatt'),
  '千瓦时': m('千瓦时', 'kilowatt-hours', KWH, 'kilowatt-hour'), '千瓦時': m('千瓦時', 'kilowatt-hours', KWH, 'kilowatt-hour'),
  '度电': m('度', 'kilowatt-hours', KWH, 'kilowatt-hour'), '度電': m('度', 'kilowatt-hours', KWH, 'kilowatt-hour'),
  '兆瓦': m('兆瓦', 'megawatts', [{ unit: 'GW', factor: 1e-3 }], 'megawatt'),
  '兆瓦时': m('兆瓦时', 'megawatt-hours', [{ unit: 'GWh', factor: 1e-3 }], 'megawatt-hour'),
  '吉瓦': m('吉瓦', 'gigawatts', undefined, 'gigawatt'), '瓦': m('瓦', 'watts', undefined, 'watt'),
  '吨标准煤': m('吨标准煤', 'tonnes of standard coal equivalent', [{ unit: 'Mtce', factor: 1e-6 }], 'tonne of standard coal equivalent'),

  // area
  '亩': m('亩', 'mu', [{ unit: 'hectares', factor: 1 / 15 }]), '畝': m('畝', 'mu', [{ unit: 'hectares', factor: 1 / 15 }]),
  '公顷': m('公顷', 'hectares', [{ unit: 'km²', factor: 0.01 }], 'hectare'), '公頃': m('公頃', 'hectares', [{ unit: 'km²', factor: 0.01 }], 'hectare'),
  '平方米': m('平方米', 'square metres', undefined, 'square metre'), '平米': m('平方米', 'square metres', undefined, 'square metre'),
  '平方公尺': m('平方公尺', 'square metres', undefined, 'square metre'),
  '平方公里': m('平方公里', 'square kilometres', [{ unit: 'km²', factor: 1 }], 'square kilometre'),
  '平方千米': m('平方千米', 'square kilometres', [{ unit: 'km²', factor: 1 }], 'square kilometre'),

  // mass
  '吨': m('吨', 'tonnes', [{ unit: 't', factor: 1 }], 'tonne'), '噸': m('噸', 'tonnes', [{ unit: 't', factor: 1 }], 'tonne'),
  '公斤': m('公斤', 'kilograms', [{ unit: 'kg', factor: 1 }], 'kilogram'), '千克': m('千克', 'kilograms', [{ unit: 'kg', factor: 1 }], 'kilogram'),
  '克': m('克', 'grams', undefined, 'gram'), '斤': m('斤', 'jin', [{ unit: 'kg', factor: 0.5 }]),

  // length and volume
  '公里': m('公里', 'kilometres', [{ unit: 'km', factor: 1 }], 'kilometre'), '千米': m('千米', 'kilometres', [{ unit: 'km', factor: 1 }], 'kilometre'),
  '米': m('米', 'metres', undefined, 'metre'), '公尺': m('公尺', 'metres', undefined, 'metre'),
  '厘米': m('厘米', 'centimetres', undefined, 'centimetre'), '毫米': m('毫米', 'millimetres', undefined, 'millimetre'),
  '立方米': m('立方米', 'cubic metres', undefined, 'cubic metre'), '升': m('升', 'litres', undefined, 'litre'),
  '毫升': m('毫升', 'millilitres', undefined, 'millilitre'), '桶': m('桶', 'barrels', undefined, 'barrel'),
  '公分': m('公分', 'centimetres', undefined, 'centimetre'), '毫克': m('毫克', 'milligrams', undefined, 'milligram'),
  '微克': m('微克', 'micrograms', undefined, 'microgram'), '千卡': m('千卡', 'kilocalories', undefined, 'kilocalorie'),
  '大卡': m('大卡', 'kilocalories', undefined, 'kilocalorie'), '赫兹': m('赫兹', 'hertz'), '兆赫': m('兆赫', 'megahertz'),
  '吉赫': m('吉赫', 'gigahertz'), '字节': m('字节', 'bytes', undefined, 'byte'), '比特': m('比特', 'bits', undefined, 'bit'),
  '度': m('度', 'degrees', undefined, 'degree'), '°C': m('℃', 'degrees Celsius', undefined, 'degree Celsius'),
  // Latin unit symbols common in statistical text (a letter after a digit is otherwise a name: 5G)
  'GW': m('GW', 'gigawatts', undefined, 'gigawatt'), 'MW': m('MW', 'megawatts', undefined, 'megawatt'),
  'kW': m('kW', 'kilowatts', undefined, 'kilowatt'), 'kWh': m('kWh', 'kilowatt-hours', KWH, 'kilowatt-hour'),
  'GWh': m('GWh', 'gigawatt-hours', undefined, 'gigawatt-hour'), 'TWh': m('TWh', 'terawatt-hours', undefined, 'terawatt-hour'),
  'km': m('km', 'kilometres', undefined, 'kilometre'), 'km²': m('km²', 'square kilometres', undefined, 'square kilometre'),
  'kg': m('kg', 'kilograms', undefined, 'kilogram'), 'cm': m('cm', 'centimetres', undefined, 'centimetre'),
  'mm': m('mm', 'millimetres', undefined, 'millimetre'), 'm²': m('m²', 'square metres', undefined, 'square metre'),
  'm³': m('m³', 'cubic metres', undefined, 'cubic metre'),
  '标箱': m('标箱', 'TEU'), '℃': m('℃', 'degrees Celsius', undefined, 'degree Celsius'),
  '摄氏度': m('摄氏度', 'degrees Celsius', undefined, 'degree Celsius'), '海里': m('海里', 'nautical miles', undefined, 'nautical mile'),
  '个基点': { unit: '基点', category: 'percent', kind: 'percent', en: 'basis points', enOne: 'basis point' },
  '基点': { unit: '基点', category: 'percent', kind: 'percent', en: 'basis points', enOne: 'basis point' }, '吨公里': m('吨公里', 'tonne-kilometres', undefined, 'tonne-kilometre'),

  // time (bare 月/日 after a numeral are calendar dates, not durations: numbers.ts rejects them)
  '年': t('年', 'years', 'year'), '个月': t('月', 'months', 'month'), '個月': t('月', 'months', 'month'),
  '个多月': { ...t('月', 'months', 'month'), above: true }, '個多月': { ...t('月', 'months', 'month'), above: true },
  '天': t('天', 'days', 'day'), '小时': t('小时', 'hours', 'hour'), '个小时': t('小时', 'hours', 'hour'),
  '小時': t('小時', 'hours', 'hour'), '個小時': t('小時', 'hours', 'hour'), '分钟': t('分钟', 'minutes', 'minute'),
  '分鐘': t('分鐘', 'minutes', 'minute'), '秒': t('秒', 'seconds', 'second'), '周岁': t('周岁', 'years of age', 'year of age'),
  '週歲': t('週歲', 'years of age', 'year of age'), '岁': t('岁', 'years old', 'year old'), '歲': t('歲', 'years old', 'year old'),
  '个星期': t('星期', 'weeks', 'week'), '個星期': t('星期', 'weeks', 'week'), '周': t('周', 'weeks', 'week'),
  '个工作日': t('工作日', 'working days', 'working day'), '個工作日': t('工作日', 'working days', 'working day'),
  '工作日': t('工作日', 'working days', 'working day'), '个季度': t('季度', 'quarters', 'quarter'), '個季度': t('季度', 'quarters', 'quarter'),

  // counts of people and things
  '人次': c('人次', 'person-times', 'person-time'), '人': c('人', 'people', 'person'), '名': c('名', 'people', 'person'),
  '位': c('位', 'people', 'person'), '户': c('户', 'households', 'household'), '戶': c('戶', 'households', 'household'),
  '个': c('个', 'units', 'unit'), '個': c('個', 'units', 'unit'), '家': c('家', 'companies', 'company'),
  '座': c('座', 'facilities', 'facility'), '项': c('项', 'items', 'item'), '項': c('項', 'items', 'item'),
  '次': c('次', 'times', 'time'), '件': c('件', 'items', 'item'), '所': c('所', 'institutions', 'institution'),
  '台': c('台', 'units', 'unit'), '辆': c('辆', 'vehicles', 'vehicle'), '輛': c('輛', 'vehicles', 'vehicle'),
  '架': c('架', 'aircraft'), '架次': c('架次', 'sorties', 'sortie'), '艘': c('艘', 'vessels', 'vessel'),
  '只': c('只', 'units', 'unit'), '条': c('条', 'items', 'item'), '條': c('條', 'items', 'item'),
  '批': c('批', 'batches', 'batch'), '套': c('套', 'sets', 'set'), '支': c('支', 'units', 'unit'),
  '种': c('种', 'kinds', 'kind'), '種': c('種', 'kinds', 'kind'), '类': c('类', 'categories', 'category'),
  '類': c('類', 'categories', 'category'), '门': c('门', 'courses', 'course'), '門': c('門', 'courses', 'course'),
  '道': c('道', 'items', 'item'), '场': c('场', 'events', 'event'), '場': c('場', 'events', 'event'),
  '届': c('届', 'sessions', 'session'), '屆': c('屆', 'sessions', 'session'), '期': c('期', 'phases', 'phase'),
  '篇': c('篇', 'articles', 'article'), '部': c('部', 'units', 'unit'), '部门': c('部门', 'departments', 'department'),
  '部門': c('部門', 'departments', 'department'), '部委': c('部委', 'ministries', 'ministry'), '张': c('张', 'sheets', 'sheet'),
  '張': c('張', 'sheets', 'sheet'), '块': c('块', 'pieces', 'piece'), '塊': c('塊', 'pieces', 'piece'),
  '头': c('头', 'head'), '頭': c('頭', 'head'), '棵': c('棵', 'trees', 'tree'), '株': c('株', 'plants', 'plant'),
  '例': c('例', 'cases', 'case'), '起': c('起', 'incidents', 'incident'), '宗': c('宗', 'cases', 'case'),
  '笔': c('笔', 'transactions', 'transaction'), '筆': c('筆', 'transactions', 'transaction'), '份': c('份', 'copies', 'copy'),
  '间': c('间', 'rooms', 'room'), '間': c('間', 'rooms', 'room'), '栋': c('栋', 'buildings', 'building'),
  '处': c('处', 'sites', 'site'), '處': c('處', 'sites', 'site'), '枚': c('枚', 'pieces', 'piece'),
  '颗': c('颗', 'pieces', 'piece'), '顆': c('顆', 'pieces', 'piece'), '轮': c('轮', 'rounds', 'round'),
  '輪': c('輪', 'rounds', 'round'), '方面': c('方面', 'aspects', 'aspect'),
  '层': c('层', 'levels', 'level'), '層': c('層', 'levels', 'level'),
};

/** A unit form found in text, with its definition. */
export interface UnitMatch {
  readonly form: string;
  readonly def: UnitDef;
}

/**
 * Unit forms by their first character (a typed-array slot per code unit: no Map lookup per
 * number), then by their second, longest first; one immutable match object per form, so
 * matching allocates nothing.
 */
interface UnitBucket {
  /** The one-character form, tried when no longer form matches. */
  single: UnitMatch | null;
  /** Second characters of the longer forms, and the forms with each, longest first. */
  seconds: number[];
  longer: UnitMatch[][];
}
const FIRST_SLOT = new Uint16Array(0x10000);
const BUCKETS: UnitBucket[] = [{ single: null, seconds: [], longer: [] }];
for (const form of Object.keys(UNIT_FORMS)) {
  const k = form.charCodeAt(0);
  if (FIRST_SLOT[k] === 0) { FIRST_SLOT[k] = BUCKETS.length; BUCKETS.push({ single: null, seconds: [], longer: [] }); }
  const bucket = BUCKETS[FIRST_SLOT[k]];
  const m: UnitMatch = Object.freeze({ form, def: UNIT_FORMS[form] });
  if (form.length === 1) { bucket.single = m; continue; }
  let g = bucket.seconds.indexOf(form.charCodeAt(1));
  if (g < 0) { g = bucket.seconds.length; bucket.seconds.push(form.charCodeAt(1)); bucket.longer.push([]); }
  bucket.longer[g].push(m);
}
for (const bucket of BUCKETS) { for (const list of bucket.longer) { list.sort((a, b) => b.form.length - a.form.length); } }

/** The longest unit form at `pos` (not beyond `limit`), or null. */
export function matchUnit(text: string, pos: number, limit = text.length): UnitMatch | null {
  if (pos < 0 || pos >= limit || pos >= text.length) { return null; }
  const slot = FIRST_SLOT[text.charCodeAt(pos)];
  if (slot === 0) { return null; }
  const bucket = BUCKETS[slot];
  if (pos + 1 < limit) {
    const c1 = text.charCodeAt(pos + 1);
    const seconds = bucket.seconds;
    for (let g = 0; g < seconds.length; g++) {
      if (seconds[g] !== c1) { continue; }
      const list = bucket.longer[g];
      for (let k = 0; k < list.length; k++) {
        const m = list[k];
        const len = m.form.length;
        if (pos + len <= limit && (len === 2 || text.startsWith(m.form, pos))) { return m; }
      }
      break;
    }
  }
  return bucket.single;
}

/**
 * Unit forms by the unit they report. Where the forms of one unit read differently in English
 * (度 for degrees, 度电 → 度 for kilowatt-hours) all are kept, longest first, to be told apart by
 * the form in the text; otherwise the first stands for all.
 */
const FORMS_BY_UNIT = new Map<string, UnitMatch[]>();
{
  const sameWords = (a: UnitDef, b: UnitDef): boolean => a.category === b.category && a.kind === b.kind && a.en === b.en
    && a.enOne === b.enOne && JSON.stringify(a.conversions) === JSON.stringify(b.conversions);
  for (const form of Object.keys(UNIT_FORMS)) {
    const def = UNIT_FORMS[form];
    const list = FORMS_BY_UNIT.get(def.unit);
    if (list) { list.push({ form, def }); } else { FORMS_BY_UNIT.set(def.unit, [{ form, def }]); }
  }
  for (const [unit, list] of FORMS_BY_UNIT) {
    if (list.every((m) => sameWords(m.def, list[0].def))) { FORMS_BY_UNIT.set(unit, [list[0]]); }
    else { list.sort((a, b) => b.form.length - a.form.length); }
  }
}

/** The definition of a reported unit, told apart by the form written in `text` when its forms differ. */
export function unitDefFor(unit: string, text: string): UnitDef | undefined {
  const forms = FORMS_BY_UNIT.get(unit);
  if (!forms) { return undefined; }
  if (forms.length > 1) {
    for (const m of forms) { if (text.includes(m.form)) { return m.def; } }
  }
  return forms[0].def;
}

/** Head nouns whose unit a bare quantity takes (人口超过100万 → 人): noun → unit. */
export const HEAD_NOUN_UNITS: readonly { noun: string; unit: string; en: string; enOne: string }[] = [
  { noun: '人口', unit: '人', en: 'people', enOne: 'person' },
  { noun: '人数', unit: '人', en: 'people', enOne: 'person' },
  { noun: '人數', unit: '人', en: 'people', enOne: 'person' },
  { noun: '户数', unit: '户', en: 'households', enOne: 'household' },
];

// --- English ---------------------------------------------------------------------------

const SCALE_WORDS: readonly { value: number; word: string }[] = [
  { value: 1e12, word: 'trillion' }, { value: 1e9, word: 'billion' }, { value: 1e6, word: 'million' },
];
const SCALE_SUFFIX: readonly string[] = SCALE_WORDS.map((s) => ' ' + s.word);

const POW10: readonly number[] = [1, 10, 100, 1000, 1e4, 1e5, 1e6];
const ZEROS: readonly string[] = ['', '0', '00', '000', '0000', '00000', '000000'];
/** FRACTIONS[k][f]: f as k decimal places ('.5', '.05'), for k = 1, 2, made once (a concatenation fewer per number). */
const FRACTIONS: string[][] = [[], [], []];
for (let k = 1; k <= 2; k++) {
  for (let f = 0; f < POW10[k]; f++) { FRACTIONS[k].push('.' + ZEROS[k - String(f).length] + String(f)); }
}

/** A whole number below 10^9 with thousands separators, by arithmetic on small integers. */
function groupedInt(n: number): string {
  if (n < 1000) { return String(n); }
  const hi = Math.floor(n / 1000);
  return groupedInt(hi) + ',' + padded(n - hi * 1000, 3);
}
/** A whole number n < 10^k written with k digits (leading zeros). */
function padded(n: number, k: number): string {
  const s = String(n);
  return s.length >= k ? s : ZEROS[k - s.length] + s;
}

/**
 * formatDecimal of a non-integer 1e-6 ≤ x < 1e9 that is y / 10^k for a whole y and k ≤ digits
 * (k ≤ 6), or null. Such a decimal has at most 15 significant digits, so it reads back as x and
 * no shorter decimal does: it is x's shortest form, which toFixed(digits) → Number → String
 * reproduces. Written from small integers, without converting a double to text (the slow part).
 */
function shortDecimal(x: number, digits: number): string | null {
  const kmax = digits < 6 ? digits : 6;
  for (let k = 1; k <= kmax; k++) {
    const p = POW10[k];
    const y = Math.round(x * p);
    if (y / p === x) {
      const int = Math.floor(x);
      const frac = y - int * p;
      return groupedInt(int) + (k <= 2 ? FRACTIONS[k][frac] : '.' + padded(frac, k));
    }
  }
  return null;
}

/** String(Number(x.toFixed(digits))) for a non-integer x ≥ 0. */
function shortestFixed(x: number, digits: number): string {
  const t = String(x);
  // When the shortest form already has at most `digits` decimals (and no exponent: x ≥ 1e-6),
  // rounding to `digits` places reads back as x itself.
  if (x >= 1e-6 && digits >= 1 && digits <= 100) {
    const dot = t.indexOf('.');
    if (dot >= 0 && t.length - dot - 1 <= digits) { return t; }
  }
  const f = x.toFixed(digits);
  // A decimal of at most 15 significant digits reads back through a double unchanged, so
  // Number → String only drops its trailing zeros: do that on the string.
  if (f.length <= 16 && x < 1e15) {
    const dot = f.indexOf('.');
    if (dot < 0) { return f; }
    let e = f.length;
    while (f.charCodeAt(e - 1) === 0x30) { e--; }
    if (e - 1 === dot) { e--; }
    return f.slice(0, e);
  }
  return String(Number(f));
}

/** Thousands separators in a string of digits (the integer part). */
function groupThousands(int: string): string {
  const len = int.length;
  if (len <= 3) { return int; }
  const first = len % 3 || 3;
  let grouped = int.slice(0, first);
  for (let i = first; i < len; i += 3) { grouped += ',' + int.slice(i, i + 3); }
  return grouped;
}

/** A number with at most `digits` decimals, trailing zeros dropped, thousands grouped. */
export function formatDecimal(value: number, digits = 4): string {
  const neg = value < 0;
  const abs = Math.abs(value);
  const integer = Number.isInteger(abs);
  // The usual cases, whole numbers and short decimals below 10^9, from small integers.
  let out: string | null = null;
  if (integer) { if (abs < 1e9) { out = groupedInt(abs); } }
  else if (abs >= 1e-6 && abs < 1e9) { out = shortDecimal(abs, digits); }
  if (out === null) {
    const s = integer ? String(abs) : shortestFixed(abs, digits);
    if (s.includes('e')) { return (neg ? '-' : '') + s; }
    const dot = s.indexOf('.');
    out = dot < 0 ? groupThousands(s) : dot <= 3 ? s : groupThousands(s.slice(0, dot)) + s.slice(dot);
  }
  return neg ? '-' + out : out;
}

/** "32.5 trillion", "140,000", "9.93 million" — the magnitude in English words. */
export function englishNumber(value: number): string {
  const abs = Math.abs(value);
  // A small whole number, the commonest, reads as itself.
  if (abs < 1000 && Number.isInteger(value)) { return String(value); }
  for (let k = 0; k < SCALE_WORDS.length; k++) {
    if (abs >= SCALE_WORDS[k].value) { return formatDecimal(value / SCALE_WORDS[k].value, 4) + SCALE_SUFFIX[k]; }
  }
  // Below a million: whole numbers past a thousand, four decimals at most for small values.
  return formatDecimal(value, abs >= 1000 ? 0 : 4);
}

/**
 * "32.5 trillion yuan", "140,000 companies", "9.93 million kilowatts (9.93 GW)".
 * `unitGloss` is the plural gloss (or a UnitDef for singular forms and conversions).
 */
export function englishMagnitude(value: number, unitGloss: string | UnitDef | null): string {
  if (unitGloss !== null && typeof unitGloss === 'object') { return englishWithUnit(value, unitGloss); }
  const gloss = unitGloss ?? '';
  return gloss === 'percent' || gloss === 'per mille' ? `${formatDecimal(value, 6)} ${gloss}` : (gloss ? `${englishNumber(value)} ${gloss}` : englishNumber(value));
}

/** englishMagnitude with a unit definition: its singular form and its conversion. */
export function englishWithUnit(value: number, def: UnitDef): string {
  const gloss = value === 1 && def.enOne ? def.enOne : def.en;
  const head = gloss === 'percent' || gloss === 'per mille' ? `${formatDecimal(value, 6)} ${gloss}` : (gloss ? `${englishNumber(value)} ${gloss}` : englishNumber(value));
  const conv = def.conversions ? pickConversion(value, def.conversions) : null;
  return conv ? `${head} (${conv})` : head;
}

function pickConversion(value: number, conversions: readonly Conversion[]): string | null {
  // The first conversion that lands at a readable size (≥ 1), else the last one.
  for (const cv of conversions) {
    // An identity conversion (公里 → km) adds nothing to the English already given.
    if (cv.factor === 1) { continue; }
    const v = value * cv.factor;
    if (Math.abs(v) >= 1) { return `${englishNumber(v)} ${cv.unit}`; }
  }
  const last = conversions[conversions.length - 1];
  return last && last.factor !== 1 ? `${formatDecimal(value * last.factor, 6)} ${last.unit}` : null;
}
