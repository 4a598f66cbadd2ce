// The indicators the target ledger lines up across documents and years (docs/annotation.md §3,
// "Indicators"): a canonical short name in Chinese and English, the wordings that name it, and
// what kind of figure states it. Language data only; src/core/ledger/match.ts reads it.
//
// A wording is matched as a word (longest first at each position), so a longer indicator that
// contains a shorter one's wording (单位国内生产总值能耗 contains 国内生产总值) wins where it stands.

/**
 * `expected`: an expected (预期性) target of the annual plan; `binding`: a binding (约束性) one, by
 * the convention of the five-year plans; `fiscal`: a budget arrangement (赤字率, 专项债券);
 * `qualitative`: named in the target list without a figure.
 */
export type IndicatorKind = 'expected' | 'binding' | 'fiscal' | 'qualitative';

/** What a figure of the indicator measures, so that a mention takes the right number of its sentence. */
export type FigureKind = 'percent' | 'people' | 'mass' | 'money' | 'none';

/**
 * How an outcome meets a target: `atLeast` a floor (growth, jobs, output), `atMost` a ceiling
 * (unemployment, prices, deficit), `none` when met/missed does not apply (budget sizes, qualitative).
 */
export type Sense = 'atLeast' | 'atMost' | 'none';

export interface IndicatorDef {
  /** Stable id (the JSON's `indicator.id`). */
  readonly id: string;
  /** Canonical short name, as work reports write it. */
  readonly zh: string;
  readonly en: string;
  readonly kind: IndicatorKind;
  readonly figure: FigureKind;
  readonly sense: Sense;
  /** The wordings that name it, simplified and traditional. */
  readonly words: readonly string[];
  /**
   * The figure is a level (a budget size, an output, a number of jobs): a number the text gives as
   * a change (比去年增加1万亿元) states something else.
   */
  readonly level?: boolean;
  /**
   * A target may set it in words instead of a figure (农村贫困人口全部脱贫), as a qualitative or
   * binding indicator always may.
   */
  readonly inWords?: boolean;
}

export const INDICATORS: readonly IndicatorDef[] = [
  { id: 'gdp-growth', zh: '国内生产总值增长', en: 'GDP growth', kind: 'expected', figure: 'percent', sense: 'atLeast',
    words: ['国内生产总值', '國內生產總值', '经济增长', '經濟增長', 'GDP增长', 'GDP增長', '经济增速', '經濟增速'] },
  // A province's or city's own GDP (its work report's first target): a row of its own, since the
  // regions a national report names (中西部地区生产总值) are not the country.
  { id: 'grp-growth', zh: '地区生产总值增长', en: 'regional GDP growth', kind: 'expected', figure: 'percent', sense: 'atLeast',
    words: ['地区生产总值', '地區生產總值', '全省生产总值', '全省生產總值', '全市生产总值', '全市生產總值', '全区生产总值', '全區生產總值'] },
  { id: 'urban-jobs', level: true, zh: '城镇新增就业', en: 'new urban jobs', kind: 'expected', figure: 'people', sense: 'atLeast',
    words: ['城镇新增就业', '城鎮新增就業'] },
  { id: 'surveyed-unemployment', zh: '城镇调查失业率', en: 'surveyed urban unemployment rate', kind: 'expected', figure: 'percent', sense: 'atMost',
    words: ['城镇调查失业率', '城鎮調查失業率', '调查失业率', '調查失業率'] },
  { id: 'registered-unemployment', zh: '城镇登记失业率', en: 'registered urban unemployment rate', kind: 'expected', figure: 'percent', sense: 'atMost',
    words: ['城镇登记失业率', '城鎮登記失業率', '登记失业率'] },
  { id: 'cpi', zh: '居民消费价格涨幅', en: 'CPI inflation', kind: 'expected', figure: 'percent', sense: 'atMost',
    words: ['居民消费价格涨幅', '居民消费价格上涨', '居民消费价格', '居民消費價格', 'CPI涨幅', 'CPI'] },
  { id: 'grain-output', level: true, zh: '粮食产量', en: 'grain output', kind: 'expected', figure: 'mass', sense: 'atLeast',
    words: ['粮食产量', '糧食產量', '粮食总产量', '粮食综合生产能力'] },
  { id: 'energy-intensity', zh: '单位国内生产总值能耗降低', en: 'energy intensity reduction', kind: 'binding', figure: 'percent', sense: 'atLeast',
    words: ['单位国内生产总值能耗', '單位國內生產總值能耗', '单位地区生产总值能耗', '單位地區生產總值能耗', '单位GDP能耗', '能耗强度', '能耗強度'] },
  { id: 'carbon-intensity', zh: '单位国内生产总值二氧化碳排放降低', en: 'carbon intensity reduction', kind: 'binding', figure: 'percent', sense: 'atLeast',
    words: ['单位国内生产总值二氧化碳排放', '單位國內生產總值二氧化碳排放', '单位地区生产总值二氧化碳排放', '單位地區生產總值二氧化碳排放', '单位GDP二氧化碳排放', '碳排放强度'] },
  { id: 'major-pollutants', zh: '主要污染物排放量', en: 'discharge of major pollutants', kind: 'binding', figure: 'percent', sense: 'atLeast',
    words: ['主要污染物排放量', '主要污染物排放總量', '主要污染物排放总量'] },
  { id: 'balance-of-payments', zh: '国际收支', en: 'balance of payments', kind: 'qualitative', figure: 'none', sense: 'none',
    words: ['国际收支', '國際收支'] },
  { id: 'foreign-trade', zh: '进出口', en: 'imports and exports', kind: 'qualitative', figure: 'percent', sense: 'none',
    words: ['货物进出口总额', '貨物進出口總額', '进出口', '進出口'] },
  { id: 'household-income', zh: '居民收入增长', en: 'household income growth', kind: 'qualitative', figure: 'percent', sense: 'none',
    words: ['居民收入', '居民人均可支配收入', '居民人均可支配所得'] },
  { id: 'rural-poverty', zh: '农村贫困人口减少', en: 'rural poverty reduction', kind: 'expected', figure: 'people', sense: 'atLeast', inWords: true,
    words: ['农村贫困人口', '農村貧困人口'] },
  { id: 'deficit-ratio', zh: '赤字率', en: 'fiscal deficit ratio', kind: 'fiscal', figure: 'percent', sense: 'none',
    words: ['赤字率'] },
  { id: 'deficit', level: true, zh: '财政赤字', en: 'fiscal deficit', kind: 'fiscal', figure: 'money', sense: 'none',
    words: ['财政赤字', '財政赤字', '赤字规模', '赤字規模'] },
  { id: 'special-bonds', level: true, zh: '地方政府专项债券', en: 'local government special-purpose bonds', kind: 'fiscal', figure: 'money', sense: 'none',
    words: ['地方政府专项债券', '地方政府專項債券', '专项债券', '專項債券'] },
  { id: 'ultra-long-bonds', level: true, zh: '超长期特别国债', en: 'ultra-long special treasury bonds', kind: 'fiscal', figure: 'money', sense: 'none',
    words: ['超长期特别国债', '超長期特別國債'] },
  { id: 'central-investment', level: true, zh: '中央预算内投资', en: 'central government budgetary investment', kind: 'fiscal', figure: 'money', sense: 'none',
    words: ['中央预算内投资', '中央預算內投資'] },
  { id: 'budget-expenditure', level: true, zh: '一般公共预算支出', en: 'general public budget expenditure', kind: 'fiscal', figure: 'money', sense: 'none',
    words: ['一般公共预算支出', '一般公共預算支出', '财政支出', '財政支出'] },
  { id: 'urbanization', zh: '常住人口城镇化率', en: 'urbanization rate', kind: 'expected', figure: 'percent', sense: 'atLeast',
    words: ['常住人口城镇化率', '城镇化率', '城鎮化率'] },
  { id: 'rnd-intensity', zh: '研发经费投入强度', en: 'R&D spending intensity', kind: 'expected', figure: 'percent', sense: 'atLeast',
    words: ['研发经费投入强度', '研究与试验发展经费投入强度', '研发投入强度', '研發經費投入強度'] },
  { id: 'forest-coverage', zh: '森林覆盖率', en: 'forest coverage', kind: 'binding', figure: 'percent', sense: 'atLeast',
    words: ['森林覆盖率', '森林覆蓋率'] },
  { id: 'tax-fee-cuts', level: true, zh: '减税降费', en: 'tax and fee cuts', kind: 'fiscal', figure: 'money', sense: 'none',
    words: ['减税降费', '減稅降費', '新增减税降费'] },
  { id: 'retail-sales', zh: '社会消费品零售总额', en: 'retail sales of consumer goods', kind: 'expected', figure: 'percent', sense: 'atLeast',
    words: ['社会消费品零售总额', '社會消費品零售總額'] },
  { id: 'fixed-investment', zh: '固定资产投资', en: 'fixed-asset investment', kind: 'expected', figure: 'percent', sense: 'atLeast',
    words: ['全国固定资产投资', '固定资产投资', '固定資產投資'] },
  { id: 'industrial-value-added', zh: '规模以上工业增加值', en: 'industrial value added', kind: 'expected', figure: 'percent', sense: 'atLeast',
    words: ['规模以上工业增加值', '規模以上工業增加值', '规上工业增加值', '規上工業增加值', '规模工业增加值', '規模工業增加值'] },
];
