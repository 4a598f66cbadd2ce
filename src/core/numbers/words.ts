// The language data of the numbers recognizer: every word list and character set its rules read,
// grouped by rule, each checkable against docs/annotation.md (§1 for what a number is, §7 Numbers
// for the decided cases). Units and classifiers are in unitTable.ts, numeral characters in
// numeralChars.ts. matchers.ts turns these into tables; a new word is a new entry here.
import type { Qualifier } from '../types';

// --- qualifiers (§1 Qualifiers) ------------------------------------------------------------

/** Words before a number that bound it. The longest word wins: 不超过 is below, never the above of 超过 inside it. */
export const PRE_QUALIFIERS: Readonly<Record<Exclude<Qualifier, 'exact' | 'range'>, readonly string[]>> = {
  below: ['不能超过', '不能超過', '不得超过', '不得超過', '不超过', '不超過', '未超过', '未超過', '不超', '不足', '不到', '未满', '未滿',
    '低于', '低於', '少于', '少於', '小于', '不高于', '不多于', '至多', '最多'],
  above: ['不少于', '不少於', '不低于', '不低於', '至少', '超过', '超過', '突破', '逾', '超', '高于', '高於', '大于', '多于'],
  approx: ['将近', '將近', '接近', '大约', '大約', '大概', '约', '約', '近'],
};

/** A word of PRE_QUALIFIERS that is part of another word when one of `before` precedes it. */
export const PRE_QUALIFIER_EXCEPTIONS: readonly { words: readonly string[]; before: string }[] = [
  { words: ['近'], before: '最附邻鄰靠亲親贴貼临臨就新' }, // 最近, 附近: not "nearly"
  { words: ['约', '約'], before: '节節制条條契签簽预預履违違公' }, // 节约, 制约, 签约
  { words: ['超'], before: '高' }, // 高超
];

/** Words after a number (and its unit) that bound it. */
export const POST_QUALIFIERS: Readonly<Record<Exclude<Qualifier, 'exact' | 'range'>, readonly string[]>> = {
  above: ['及以上', '以上', '有余', '有餘'],
  below: ['及以下', '以下', '以内', '以內'],
  approx: ['左右', '上下'],
};

/** A word of POST_QUALIFIERS that is part of another word when one of `after` follows it. */
export const POST_QUALIFIER_EXCEPTIONS: readonly { words: readonly string[]; after: string }[] = [
  { words: ['上下'], after: '游班级級文楼樓功' }, // 上下游, 上下班: not "about"
];

/** A rate between a qualifier and its number (不能超过每月1000元): the qualifier still applies. */
export const RATE_MARKS = '每';

/**
 * Qualifiers that bound a number across the verb after them (至少建设一所, 每年至少检查一次, 最多补贴
 * 3000元): at most APART_VERB_CHARS Han characters between, none of them 的.
 */
export const APART_BY_VERB: Readonly<Record<'above' | 'below' | 'approx', readonly string[]>> = {
  above: ['至少', '最少', '起码', '起碼'],
  below: ['至多', '最多'],
  approx: ['大约', '大約', '大概', '约需', '約需', '约有', '約有'],
};
export const APART_VERB_CHARS = 3;
/**
 * Comparatives that bound a number across its base (补贴不低于总投资的30%, 约占全国的0.6%): the
 * number follows 的, at most APART_BASE_CHARS characters after the word, in the same clause.
 */
export const APART_BY_BASE: Readonly<Record<'above' | 'below' | 'approx', readonly string[]>> = {
  above: ['不低于', '不低於', '不少于', '不少於', '高于', '高於', '超过', '超過', '多于', '多於', '至少'],
  below: ['不超过', '不超過', '不高于', '不高於', '低于', '低於', '少于', '少於', '至多'],
  approx: ['约占', '約佔', '約占', '约为', '約為', '约是', '大约', '大約', '将近', '將近', '接近'],
};
export const APART_BASE_CHARS = 14;
/** The particle between a base and its share (总投资的30%). */
export const BASE_PARTICLE = '的';

// --- change (§1: the direction a verb gives) -----------------------------------------------------

/** Verbs that give a change its direction; the number must follow within a few characters. */
export const UP_VERBS: readonly string[] = ['增长', '增長', '提高', '上升', '增加', '扩大', '擴大', '上涨', '上漲', '提升', '回升', '攀升',
  '上调', '上調', '调高', '調高', '上修', '加快', '增', '涨', '漲'];
export const DOWN_VERBS: readonly string[] = ['下降', '减少', '減少', '回落', '降低', '下滑', '收窄', '下跌', '缩小', '縮小', '萎缩', '萎縮',
  '下调', '下調', '调低', '調低', '下修', '放缓', '放緩', '减', '減', '降', '跌'];
/** Before an up verb: the change is a fall (负增长). */
export const NEGATING_UP = '负負';
/** The only filler between a verb and its number (增长了4倍). */
export const CHANGE_FILLERS = '了';
/** Between coordinated values, which share a direction (分别增长29.7%和34.4%). */
export const COORDINATORS = '和与與、及';

// --- 倍 (§1: its reading and implied base) ---------------------------------------------------------

/** Within a few characters before N倍, a multiple of a base (是…的1.1倍), not growth. */
export const MULTIPLE_WORDS: readonly string[] = ['相当于', '相當於', '是', '为', '為', '达', '達'];
/** Right before N倍: a multiple (…的2倍). */
export const MULTIPLE_OF = '的';

// --- counts and classifiers (§7 Numbers) ---------------------------------------------------------

/** Before a count of one, these make the count matter (只能享受一次, 仅一家); otherwise 一+classifier is an article. */
export const COUNT_MATTERS = '只仅僅限';
/** After 一起: the incident it counts (一起交通事故), so 一起 is a count, not the adverb “together”. */
export const INCIDENT_NOUNS: readonly string[] = ['案件', '案子', '案例', '事故', '事件', '纠纷', '糾紛', '火灾', '火災', '诉讼', '訴訟',
  '争议', '爭議', '仲裁', '违法', '違法', '犯罪', '命案', '冲突', '衝突'];
/** Characters around 一起 in which another count of 起 is looked for (剩余9起, 共10起). */
export const INCIDENT_WINDOW = 24;
/** Characters that end the noun of N大+noun (三大支柱仍…) or are not a noun at all. */
export const NOT_NOUN = '的和与與及或等是为為在有将將已仍都也还還均并並而且以对對向从從中上下里裏内內外之所被把让讓使要能可会會得取实實推加开開进進建提形构構呈现現发發展、，。；：！？（）()“”‘’《》〈〉「」『』…—　 \t\r\n';
/** 大 followed by these is not "N major …" (大会, 大幅, 大力…). */
export const NOT_AFTER_DA = '会會幅力量批概约約多于於小大的家众眾型';
/** Before 第N位/名, a ranking verb (居世界第二位). */
export const RANK_VERBS = '居列排位';
/** Before N期, words that make it a count of tranches (分两期, 共三期) rather than a phase name (二期工程). */
export const TRANCHE_BEFORE = '分共计計了为為至每';
/** After 多 following a unit: a word it forms (多种, 多元), not "more than". */
export const NOUN_AFTER_DUO = '种種元样樣措方项項个個次家';
/** A ratio noun before a bare number (比值2.62): the number is a ratio. */
export const RATIO_WORDS: readonly string[] = ['比值', '比值为', '比值為', '比率', '比率为', '之比', '之比为', '比例为', '比为'];

// --- 一半 (§1: 一半以上 is 50 %, above) -----------------------------------------------------------------

/** After 一半: 半 starts a word of its own (半导体, 半岛, 半径, 半年, 半价, 半数), so 一半 is no half. */
export const NOT_AFTER_HALF = '导導岛島径徑年月天日夜价價数數场場程拉';

// --- share ratios (§7: 10转10) ---------------------------------------------------------------------

/** Between the two counts of a share ratio: new shares converted (转) or given (送) per held shares. */
export const SHARE_RATIO_WORDS = '转轉送';
/** After a share ratio: 转增, another part of the scheme (送, 派), 股, or a list mark. */
export const SHARE_RATIO_AFTER = '转轉送派股的、';

// --- 成, 折, 元, 年: words that are not the unit (§7 Numbers) ----------------------------------------

/** 折 followed by these is a word (折合, 折算…), not a discount. */
export const NOT_AFTER_ZHE = '合算旧舊叠疊扣射线線腾騰中半';
/** 成 followed by these is a verb or a word (建成, 成为, 成员…). */
export const NOT_AFTER_CHENG = '为為立功本果员員交熟型绩績效就长長都品';
/** After N元: 元 as "element" (二元结构, 一元化). */
export const NOT_AFTER_YUAN = '化结結论論制体體次';
/** After N股: a word of shares and stock (股东, 股份, 股票, 股权, 股市), not a count of shares. */
export const NOT_AFTER_GU = '东東份票权權市价價本金息民值指';
/** After N所: 所列, 所示, 所述 (如表2所示, 附件1所列) make 所 a particle of a reference, not institutions. */
export const NOT_AFTER_SUO = '列示述载載';
/**
 * After N年: a decade, grade or date word (80年代, 2年级, 年底) or a point back in time (20年前, a date the
 * date layer owns), not a duration. (N年期 is a tenor: TENOR_BEFORE.)
 */
export const NOT_AFTER_NIAN = '代级級度底初末来來内內间間中前';
/** Before N年期: a schedule (按10年期清偿, 分5年期偿还), where the tenor is a duration; elsewhere N年期 names a product (10年期国债). */
export const TENOR_BEFORE = '按分';
/** After N年期: the product the tenor names (按10年期国债利率), so it is no duration even after 按. */
export const TENOR_PRODUCTS: readonly string[] = ['国债', '國債', '债', '債', '贷款', '貸款', '存款', '利率', '收益率', '品种', '品種', '以上', '以下'];
/** After N年: a period to date (N年以来), which the date layer owns. */
export const SINCE_WORDS: readonly string[] = ['以来', '以來'];
/** Just before N + a time unit: a date the date layer owns (连续15年, 民國97年, 今年前7个月, 过去10年, 过去48小时). */
export const DATE_WORDS_BEFORE_TIME: readonly string[] = ['连续', '連續', '民國', '民国', '年前', '过去', '過去'];

/** After N日: a span of days (３日内, 15日以内), so 日 counts days rather than naming a day of a month. */
export const DAYS_WITHIN: readonly string[] = ['内', '內', '以内', '以內', '之内', '之內'];

// --- not numbers (§1 Not numbers, §7 Numbers) -----------------------------------------------------

/**
 * Fixed expressions containing numerals (slogans, names, set phrases): never numbers. Language
 * knowledge, not fixture text: each is a well-known expression whose numeral does not count.
 */
export const FIXED_EXPRESSIONS: readonly string[] = [
  '四个意识', '四個意識', '四个自信', '四個自信', '两个维护', '兩個維護', '两个确立', '兩個確立', '四个全面', '四個全面',
  '四个现代化', '三个代表', '三個代表', '三个务必', '两个一百年', '两个毫不动摇', '三个世界', '五位一体', '五位一體',
  '一国两制', '一國兩制', '一带一路', '一帶一路', '冬季两项', '冬季兩項', '一成不变', '一成不變', '五台山',
  '八项规定', '八項規定', '五年规划', '五年規劃', '五年计划', '五年計劃', '一次性', '三下乡', '一揽子',
  '千家万户', '千家萬戶', '万家灯火', '三令五申', '一五一十', '九牛一毛', '十全十美', '十年磨一剑', '百年未有之大变局',
  '三年行动计划', '三年行动方案', '两个大局', '两个结合', '四个服务', '两头', '一度', '三次产业', '二次创业',
  // 零 of a part ("odd, small"), not zero, before a classifier character: components, spare parts
  '零部件', '零配件', '零件', '零组件', '零組件',
];
/** A count of 次 or 届 followed within a few characters by these is a meeting number (一次会议, 二十届三中全会). */
export const MEETING_WORDS: readonly string[] = ['会议', '會議', '全会', '全會', '人大', '政协', '政協', '代表大会', '代表大會', '全国',
  '全國', '中央', '常委'];
/** Before a numeral, these make it vague (几十, 数百, 成千). */
export const VAGUE_BEFORE = '几幾数數成';

// --- identifiers and codes (§7 Numbers: names, codes, document numbers, clock times) -------------

/** Characters before a numeral that make it part of a name or code (PM2.5, a+1). */
export const CODE_BEFORE = './_+=<>×*';
/** After a numeral: a document or house number (41号, 〔2018〕42号, 第9459號) or the end of a bracketed year. */
export const IDENTIFIER_SUFFIXES = '号號〕］';
/** After a bare number, these keep it a number; any other Han character makes it a code or name (12345热线, 985高校). */
export const AFTER_BARE_NUMBER = '的和与與及或、至到以左上多余餘，。；：！？';
/**
 * Before a bare number: it is a reference or a line's number, not a quantity (表7, 图3, 附件2, 第20頁
 * is 第's; 热线12345, 电话：12345678, 编号2024001). A colon, 为 or 是 may stand between.
 */
export const REFERENCE_NOUNS: readonly string[] = ['表', '图', '圖', '附件', '附表', '附图', '附圖', '附录', '附錄', '图表', '圖表',
  '热线', '熱線', '电话', '電話', '传真', '傳真', '手机', '手機', '邮编', '郵編', '邮政编码', '郵遞區號', '编号', '編號', '代码', '代碼',
  '序号', '序號', '账号', '帳號', '账户', '帳戶', '号码', '號碼', '版本', '信箱', '专线', '專線', '注', '註'];
/** Between a reference noun and its number (电话：12345, 热线为12345). */
export const REFERENCE_GAP = '：:为為是 ';
/** A bare whole number of this many digits or more, written without grouping, is a telephone, account or code number. */
export const CODE_DIGITS = 7;
/** After a bare number without a range: a dash or operator of a date, code or name (1—5月份, 1+N, 3×3). */
export const JOINERS_AFTER_BARE = '-－—–~～+＋×*><至到';
/** After a bare number: a list marker (1、, 1）, 1)); a full stop is one unless a digit follows (1. but not 1.5). */
export const LIST_MARKER_AFTER = '、）)．';
/** Before a bare number: an opening bracket of a list marker or a year ((1), 〔2018〕). */
export const BRACKET_BEFORE = '（(〔［';

/** Between the members of a list of ordinals, which share its 第 (第1、2条, 第三至五章). */
export const ORDINAL_JOINERS = '、和与與及至到';

/** The largest denominator of a fraction written with a slash (2/3, 1/4); larger ones are codes or dates. */
export const SLASH_DENOMINATOR_MAX = 100;

// --- tables (§8 Tables) ------------------------------------------------------------------------

/** Words that open a table's unit line (单位：万元, （单位：%）, 单位为米). */
export const UNIT_LINE_WORDS: readonly string[] = ['单位：', '单位:', '單位：', '單位:', '单位为', '單位為', '单位均为', '單位均為'];
/** Words in a column's header that make its cells labels, no numbers (坐标编号, 序号; §7 identifiers). */
export const LABEL_HEADERS: readonly string[] = ['编号', '編號', '序号', '序號', '代码', '代碼', '编码', '編碼'];
/** How far above a table's first row its header rows and unit line are looked for. */
export const TABLE_LOOKBACK = 400;
/** A line longer than this is running text, never a table row. */
export const TABLE_ROW_MAX = 2000;

// --- ranges (§1: a range → range) ----------------------------------------------------------------

/** Dashes between the ends of a range (10%—15%, 16-24岁, 5～10年). */
export const RANGE_DASHES = '-－—–~～―';
/** Words between the ends of a range (3至5年, 3到5年). */
export const RANGE_WORDS = '至到';

// --- sentences ------------------------------------------------------------------------------------

/** Ends of a clause: a look-back for a ranking verb or a count that matters stops there. */
export const CLAUSE_PUNCT = '，。；！？：,;!?\n';
/** Ends of a sentence: a 倍's stated value stands in the same sentence. */
export const SENTENCE_PUNCT = '。；！？;!?\n';

// --- whole-text parsing (parseNumeral) ------------------------------------------------------------

/** Percent words a numeral may end with (0.4个百分点, 27%): the value is the percent number. */
export const PERCENT_WORDS: readonly string[] = ['个百分点', '個百分點', '个百分點', '個百分点', '百分点', '百分點', '%', '％'];
/** Whole words that are a percentage on their own. */
export const PERCENT_IDIOMS: readonly (readonly [string, number])[] = [['对折', 50], ['對折', 50], ['半折', 50], ['半成', 5]];
/** A dozen, after a numeral (一打 = 12). */
export const DOZEN = '打';
