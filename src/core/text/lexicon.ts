// Language data that several recognizers read: stated once here, so that dates, the document
// date and the outline agree on what an era prefix or a quotation mark is.

/** An era prefix before a year: `roc` years count from 1912 (民國1年 = 1912); `common` is the Gregorian era named. */
export interface EraPrefix { readonly word: string; readonly era: 'roc' | 'common' }

export const ERA_PREFIXES: readonly EraPrefix[] = [
  { word: '中華民國', era: 'roc' }, { word: '中华民国', era: 'roc' }, { word: '民國', era: 'roc' }, { word: '民国', era: 'roc' },
  { word: '公元', era: 'common' }, { word: '西元', era: 'common' },
];

/** The prefixes of Republic of China years. */
export const ROC_PREFIXES: readonly string[] = ERA_PREFIXES.filter((e) => e.era === 'roc').map((e) => e.word);

/** Year N of the ROC era is N + ROC_OFFSET. */
export const ROC_OFFSET = 1911;

/** Opening quotation marks, as Chinese texts write them (full-width, corner brackets, ASCII). */
export const OPEN_QUOTES = '“‘「『"\'';
/** Closing quotation marks, in the order of OPEN_QUOTES. */
export const CLOSE_QUOTES = '”’」』"\'';

/**
 * A web page's furniture, as it comes with a page copied whole: tool buttons (下载 打印 全屏 收藏
 * 分享), the font-size switch (【字号：加大 还原 减小】, 字体：大 中 小), the breadcrumb (当前位置：首页 >)
 * and field labels left without their value (来源：, 发表时间：). A line made of nothing else is no
 * line of the document's header (docs/annotation.md §2: the title is the first line that is not)
 * and no node of its outline (§4, §7 "Structure").
 */
export const PAGE_FURNITURE_WORDS: readonly string[] = [
  '下载', '下載', '打印', '列印', '全屏', '全螢幕', '收藏', '分享', '关闭', '關閉', '关闭窗口', '關閉視窗', '打印本页', '返回', '返回顶部', '回到顶部', '扫一扫', '掃一掃',
  '字号', '字號', '字级', '字級', '字体', '字體', '加大', '放大', '还原', '還原', '减小', '縮小', '默认', '默認', '大', '中', '小',
  '首页', '首頁', '当前位置', '當前位置', '您的位置', '您现在的位置', '您現在的位置', '位置',
  '来源', '來源', '时间', '時間', '发表时间', '發表時間', '发布时间', '發布時間', '阅读量', '閱讀量', '浏览量', '瀏覽量', '浏览次数', '瀏覽次數', '点击量', '點擊量',
];
/** What separates the items of a breadcrumb (首页 > 要闻). */
export const BREADCRUMB_SEPARATORS = '>＞»';
/** What else a furniture line may hold: brackets, colons, separators of a breadcrumb. */
export const PAGE_FURNITURE_MARKS = `【】[]［］()（）:：|｜/／·•-—${BREADCRUMB_SEPARATORS}`;
