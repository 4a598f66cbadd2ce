// The words of lines (docs/annotation.md §4, §7 "Structure", §8): what marks a byline, a dateline,
// a document title, a chapter, a date line, a caption or a page's furniture. Plain data, read by
// the line patterns (patterns.ts) and their rule functions.

/** A byline line starts with one of these (本报记者 乔文汇). */
export const BYLINE_PREFIXES: readonly string[] = [
  '本报记者', '本報記者', '本报通讯员', '本報通訊員', '本报特约记者', '本報特約記者', '新华社记者', '新華社記者', '本刊记者', '本刊記者',
  '特约记者', '特約記者', '通讯员', '通訊員', '记者', '記者', '本报评论员', '本報評論員', '特约评论员', '特約評論員', '评论员', '評論員',
  '文／', '文/', '图／', '圖／', '图/', '圖/', '撰文', '作者', '供稿', '文　', '文 ',
];

/** News-agency openings of a dateline paragraph (本报北京9月2日讯, 新华社北京9月2日电). */
export const DATELINE_PREFIXES: readonly string[] = [
  '本报', '本報', '本刊', '新华社', '新華社', '新华网', '新華網', '中新社', '中新网', '中新網', '中国新闻网', '中國新聞網', '人民网', '人民網',
  '央视网', '央視網', '央广网', '央廣網', '光明网', '光明網', '据新华社', '據新華社', '中央社', '法新社', '路透社', '美联社', '美聯社',
];

/** Words a document title ends with: 通知, 意见, 办法… (a title broken over two lines ends in one). */
export const DOCUMENT_TYPE_SUFFIXES: readonly string[] = [
  '通知', '意见', '意見', '办法', '辦法', '方案', '规定', '規定', '决定', '決定', '报告', '報告', '条例', '條例', '细则', '細則', '规划', '規劃',
  '纲要', '綱要', '公告', '通告', '通报', '通報', '批复', '批覆', '决议', '決議', '计划', '計劃', '规则', '規則', '指南', '指引', '函', '令',
  '公报', '公報', '讲话', '講話', '致辞', '致辭', '声明', '聲明', '白皮书', '白皮書', '章程', '守则', '守則', '措施', '要点', '要點', '议程', '議程',
  '预案', '預案', '纪要', '紀要', '记录', '紀錄', '記錄', '答问', '答問', '解读', '解讀', '法', '标准', '標準', '目录', '目錄', '清单', '清單', '说明', '說明',
];

/** Characters a date-only line (signature date, meeting date) is made of. */
export const DATE_LINE_CHARS: string =
  '0123456789０１２３４５６７８９〇○零一二三四五六七八九十廿卅年月日号號时時分秒点點上下午晚早中星期周週天（）()、，,:：-－/.．至—~～ 　\t';

/** Section styles by the word after 第N (第一章, 第一节…), shallowest first. */
export const CHAPTER_WORDS: readonly (readonly [string, number])[] = [
  ['编', 1], ['編', 1], ['篇', 1], ['卷', 1], ['部分', 2], ['章', 3], ['节', 4], ['節', 4],
];

/** Articles of a regulation: 第N条 (a point). */
export const REGULATION_ARTICLE_WORDS: readonly string[] = ['条', '條'];

/** 第三条的规定, 第二条所列: after one of these, 第N条 is cited in running text, not started here. */
export const NOT_AFTER_ARTICLE = '是的有和与中所规款项第';

/**
 * After a number and a space, these continue a quantity or a date (3 个月, 10 月 1 日, 15 筆),
 * so the line opens with no decimal heading number (decimal.ts).
 */
export const NOT_HEADING_AFTER_NUMBER = '年月日号號时時分秒个個位名人项項条條款次批家所元万萬亿億倍岁歲天周週筆笔件台套吨噸米';

/** A line that is only one of these, letter-spaced or not (目  录), heads a table of contents: no node. */
export const CONTENTS_WORDS: readonly string[] = ['目录', '目錄', '目次'];

/** A date unit right after 1. or 1、 reads as part of a date (1.5日), not as a list item's text. */
export const DATE_UNITS_AFTER_MARKER = '月日年号';

/** A title line that holds one of these (关于…) is continued on the next line, unless it ends in a document type. */
export const TITLE_TOPIC_WORDS: readonly string[] = ['关于', '關於'];

/** A title line is continued on the next line when it ends with one of these. */
export const OPEN_TITLE_ENDINGS: readonly string[] = ['的', '和', '与', '與', '及', '在', '对', '對', '为', '為', '关于', '關於', '暨', '之', '并', '並', '、'];

/** A news digest's numbered headline opens with one of these before its number (NO.1 …, №3 …). */
export const HEADLINE_NUMBER_WORDS: readonly string[] = ['NO.', 'No.', 'no.', 'NO．', 'No．', 'ＮＯ．', 'Ｎｏ．', 'NO', 'No', 'ＮＯ', 'Ｎｏ', '№'];

/** Continued-article and continued-on lines: (上接第三版), (下转第二版). */
export const CONTINUED_FROM_PREFIXES: readonly string[] = ['上接', '接上', '紧接', '緊接'];
export const CONTINUED_TO_PREFIXES: readonly string[] = ['下转', '下轉', '转第', '轉第', '转下', '轉下', '未完'];

/** A whole line in brackets that closes an article: it ends with one of these (（新华社北京9月2日电）, （完）)… */
export const END_LINE_ENDINGS: readonly string[] = ['电', '電', '完'];
/** …or starts with one of these (（记者 张三）)… */
export const END_LINE_PREFIXES: readonly string[] = ['记者', '記者'];
/** …or names the agency anywhere. */
export const END_LINE_AGENCIES: readonly string[] = ['新华社', '新華社'];

/** A line of one of these alone, numbered or not (附件2：), announces an attached document: its title follows. */
export const ATTACHMENT_WORDS: readonly string[] = ['附件', '附表', '附录', '附錄'];

/** Lines that caption, close or carry metadata, never headings. */
export const NON_HEADING_PREFIXES: readonly string[] = [
  '单位：', '單位：', '单位:', '單位:', '金额单位', '金額單位', '计量单位', '計量單位', // a table's unit line (§8 "Tables")
  '图为', '圖為', '附件', '附表', '抄送', '主送', '责任编辑', '責任編輯', '来源：', '來源：', '图片来源', '圖片來源', '扫码', '掃碼', '点击', '點擊'];
/** A footer line ends with one of these after a date (国务院办公厅秘书局 2018年12月21日印发). */
export const FOOTER_SUFFIXES: readonly string[] = ['印发', '印發'];

/** A short line ending in one of these credits a photo (新华社记者 张三 摄). */
export const PHOTO_CREDIT_ENDINGS = '摄攝';

/** A short line ending in one of these, with a bracket or 字第 inside, is a document number (国办发〔2018〕121号). */
export const DOCUMENT_NUMBER_ENDINGS = '号號';

/**
 * A version line under a regulation's title (2001年7月9日国务院令第310号公布, 根据2020年8月7日《…》修订)
 * opens with a date and ends with one of these, before a closing bracket (docs/annotation.md §7).
 */
export const VERSION_VERBS: readonly string[] = [
  '公布', '發布', '发布', '颁布', '頒布', '修订', '修訂', '修正', '通过', '通過', '施行', '印发', '印發', '废止', '廢止', '批准', '实施', '實施',
];
/** …and may open with one of these before its date, after an opening bracket. */
export const VERSION_PREFIXES: readonly string[] = ['根据', '根據', '经', '經'];

/** A short line ending in 第N号 that holds one of these numbers an order or announcement (国务院令第310号). */
export const ORDER_NUMBER_WORDS: readonly string[] = ['令', '公告'];

/** An addressee line (各省、自治区…：, 尊敬的…：) starts with one of these. */
export const ADDRESSEE_PREFIXES: readonly string[] = ['各', '尊敬', '亲爱', '親愛', '致'];

/** A dateline's opening ends with one of these: 讯 (a report), 电 (a wire). */
export const DATELINE_NEWS_WORDS = '讯訊电電';

/** The characters before 讯 or 电 that close a dateline's opening (…9月2日讯, 本报讯, 新华社电, 新华网讯, 本刊讯). */
export const DATELINE_NEWS_BEFORE = '日报報社网網刊';
