// Units, classifiers and currencies as data (docs/annotation.md §1: unit or classifier, currency,
// percent, multiplier): what a numeral can be followed by, the unit to report, its English gloss
// and the conversions a reader wants. units.ts matches these forms after a numeral (the numeral
// itself has already taken any 万/亿 magnitude: numeralChars.ts).
import type { NumberKind } from '../types';

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
  /** Never matched after a numeral by itself: only a rule that knows the context reads it (日 of ３日内: durations.ts). */
  contextual?: boolean;
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
  '标箱': m('标箱', 'TEU'), '标准箱': m('标准箱', 'TEU'), '標準箱': m('標準箱', 'TEU'), '℃': m('℃', 'degrees Celsius', undefined, 'degree Celsius'),
  '摄氏度': m('摄氏度', 'degrees Celsius', undefined, 'degree Celsius'), '海里': m('海里', 'nautical miles', undefined, 'nautical mile'),
  '个基点': { unit: '基点', category: 'percent', kind: 'percent', en: 'basis points', enOne: 'basis point' },
  '基点': { unit: '基点', category: 'percent', kind: 'percent', en: 'basis points', enOne: 'basis point' }, '吨公里': m('吨公里', 'tonne-kilometres', undefined, 'tonne-kilometre'),

  // time (bare 月/日 after a numeral are calendar dates, not durations: identifiers.ts leaves them to the date
  // layer; 日 is a duration only where durations.ts says so: ３日内)
  // a tenor (按10年期清偿) is a duration in years; in a product's name (10年期国债) it is no number (classifiers.ts)
  '年期': t('年', 'years', 'year'),
  '年': t('年', 'years', 'year'), '个月': t('月', 'months', 'month'), '個月': t('月', 'months', 'month'),
  '个多月': { ...t('月', 'months', 'month'), above: true }, '個多月': { ...t('月', 'months', 'month'), above: true },
  '天': t('天', 'days', 'day'), '日': { ...t('日', 'days', 'day'), contextual: true }, '小时': t('小时', 'hours', 'hour'), '个小时': t('小时', 'hours', 'hour'),
  '小時': t('小時', 'hours', 'hour'), '個小時': t('小時', 'hours', 'hour'), '分钟': t('分钟', 'minutes', 'minute'),
  '分鐘': t('分鐘', 'minutes', 'minute'), '秒': t('秒', 'seconds', 'second'), '周岁': t('周岁', 'years of age', 'year of age'),
  '週歲': t('週歲', 'years of age', 'year of age'), '岁': t('岁', 'years old', 'year old'), '歲': t('歲', 'years old', 'year old'),
  // an anniversary (100周年, 十周年: docs/annotation.md §7 Durations), never weeks (周) and a year
  '周年': m('周年', 'years (anniversary)', undefined, 'year (anniversary)'), '週年': m('週年', 'years (anniversary)', undefined, 'year (anniversary)'),
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
  '列': c('列', 'trains', 'train'), '架': c('架', 'aircraft'), '架次': c('架次', 'sorties', 'sortie'), '艘': c('艘', 'vessels', 'vessel'),
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
  // shares (约44亿股), in digits or with a magnitude only (classifiers.ts notACount: 两股力量 is no count of shares)
  '股': c('股', 'shares', 'share'),
};

/** Head nouns whose unit a bare quantity takes (人口超过100万 → 人): noun → unit. */
export const HEAD_NOUN_UNITS: readonly { noun: string; unit: string; en: string; enOne: string }[] = [
  { noun: '人口', unit: '人', en: 'people', enOne: 'person' },
  { noun: '人数', unit: '人', en: 'people', enOne: 'person' },
  { noun: '人數', unit: '人', en: 'people', enOne: 'person' },
  { noun: '户数', unit: '户', en: 'households', enOne: 'household' },
];
