// The words of labels (docs/annotation.md §4, §7 "Structure", §8 "Press conferences"): which
// labels open a question, an answer or a speaker's turn, which are form fields, and what makes a
// label a person. Plain data, read by the label rules (labelRules.ts) and persons.ts.

/** Labels (before ：) that open a question. Any label ending in 记者 is a questioner too. */
export const QUESTION_LABELS: ReadonlySet<string> = new Set([
  '问', '問', '提问', '提問', '记者', '記者', '记者问', '記者問', 'Q', 'q', '追问', '追問', '网友', '網友', '网友提问',
]);

/** A numbered label (问题一, 问1, 1问) whose word, without the number, is one of these asks. */
export const NUMBERED_QUESTION_LABELS: ReadonlySet<string> = new Set(['问', '问题', '問', '問題']);

/** A numbered label (答1, 答一) whose word, without the number, is one of these answers. */
export const NUMBERED_ANSWER_LABELS: ReadonlySet<string> = new Set(['答', '回答']);

/** A short label ending in one of these asks (网友提问, 央视问), unless it is rhetoric (below). */
export const QUESTION_ENDINGS: readonly string[] = ['问', '問'];

/** Labels ending in 问 that are rhetoric, not a questioner. */
export const NOT_QUESTION_LABELS: ReadonlySet<string> = new Set(['试问', '試問', '反问', '反問', '请问', '請問', '疑问', '疑問', '学问', '學問', '顾问', '顧問']);

/**
 * A question is named by what it asks (docs/annotation.md §4 "question"): the first clause of its
 * first question that holds one of these words.
 */
export const QUESTION_WORDS: readonly string[] = [
  '如何', '怎样', '怎樣', '怎么', '怎麼', '哪些', '哪个', '哪個', '哪里', '哪裡', '哪方面', '什么', '什麼', '甚麼', '为何', '為何', '为什么', '為什麼',
  '是否', '能否', '可否', '有没有', '有沒有', '多少', '吗', '嗎', '呢',
];

/** An answer's first clause that only opens it (谢谢你的提问，…) does not name it: the clause after it does. */
export const ANSWER_OPENERS: readonly string[] = [
  '谢谢', '謝謝', '感谢', '感謝', '好的', '您好', '你好', '大家好', '各位', '女士们', '女士們', '媒体朋友们', '媒體朋友們', '上午好', '下午好', '是的',
];

/** Labels that open an answer. */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['答', '回答', 'A', 'a', '答复', '答覆']);

/** A short label ending in one of these answers (部长答, 發言人答)… */
export const ANSWER_ENDINGS: readonly string[] = ['答'];
/** …unless it ends in one of these (解答 is a field: 政策解答). */
export const NOT_ANSWER_ENDINGS: readonly string[] = ['解答'];

/** A questioner's label ends with one of these. */
export const QUESTIONER_SUFFIXES: readonly string[] = ['记者', '記者'];

/** The chair of a press conference or meeting: a speaker even right after a question. */
export const MODERATOR_LABELS: ReadonlySet<string> = new Set(['主持人', '主持', '主席', '司仪', '司儀', '会议主持人', '會議主持人', '召集委员', '召集委員']);

/** Form-field labels: never a speaker (来源：…, 提案人：…). */
export const FIELD_LABELS: ReadonlySet<string> = new Set([
  '来源', '來源', '时间', '時間', '地点', '地點', '附件', '附表', '附录', '附錄', '附', '提案人', '说明', '說明', '注', '註', '备注', '備註',
  '作者', '编辑', '編輯', '责任编辑', '責任編輯', '责编', '原标题', '原標題', '标题', '標題', '题目', '題目', '主题', '主題', '摘要', '关键词', '關鍵詞',
  '电话', '電話', '传真', '傳真', '邮箱', '郵箱', '地址', '网址', '網址', '邮编', '郵編', '联系人', '聯繫人', '联系电话', '聯繫電話',
  '日期', '发布时间', '發布時間', '发布日期', '發布日期', '发文机关', '發文機關', '发文字号', '發文字號', '成文日期', '发布机构', '索引号', '索引號',
  '主题分类', '文号', '文號', '案由', '理由', '决议', '決議', '决定', '決定', '结论', '結論', '例', '如', '比如', '例如', '譬如', '其中', '包括',
  '另外', '此外', '同时', '同時', '总之', '總之', '综上', '綜上', '即', '按', '编者按', '編者按', '注释', '注釋', '参考文献', '參考文獻', '图', '圖', '表',
  '审核', '審核', '校对', '校對', '监制', '監製', '出品', '策划', '策劃', '统筹', '統籌', '摄影', '攝影', '视频', '視頻', '通讯员', '通訊員',
  '出席', '列席', '缺席', '请假', '請假', '记录', '紀錄', '記錄', '抄送', '主送', '印发', '印發', '签发', '簽發', '会议', '會議', '议程', '議程',
  '事由', '决议事项', '決議事項', '提案', '案号', '案號', '附注', '附註', '特别提示', '特別提示', '温馨提示', '溫馨提示', '提示', '提醒',
  '延伸阅读', '延伸閱讀', '相关阅读', '相關閱讀', '链接', '鏈接', '小贴士', '小貼士', '答案', '口号', '口號', '主旨', '要点', '要點',
  // the fields of a case in meeting minutes (§8 Taiwan documents): 案名：…, 案情概要說明：
  '案名', '案名称', '案名稱', '案情概要说明', '案情概要說明', '案情说明', '案情說明', '提案单位', '提案單位', '申请单位', '申請單位',
  '出席委员', '出席委員', '列席单位', '列席單位',
  // the posts of a roster (组成人员: 主任：某某 某部部长; 成员：…)
  '组长', '組長', '副组长', '副組長', '主任', '副主任', '成员', '成員', '召集人', '副召集人',
]);

/** A label ending in one of these is a field or a lead-in (主要目标：, 他表示：), not a person. */
export const NOT_PERSON_SUFFIXES: readonly string[] = [
  '目标', '目標', '任务', '任務', '措施', '要求', '原则', '原則', '思想', '内容', '內容', '范围', '範圍', '对象', '對象', '条件', '條件',
  '标准', '標準', '期限', '时间', '時間', '时限', '時限', '地点', '地點', '单位', '單位', '部门', '部門', '方式', '机制', '機制', '情况', '情況',
  '意见', '意見', '建议', '建議', '说明', '說明', '备注', '備註', '来源', '來源', '依据', '依據', '背景', '意义', '意義', '成效', '做法', '经验', '經驗',
  '路径', '路徑', '重点', '重點', '难点', '難點', '亮点', '亮點', '特点', '特點', '思路', '方向', '领域', '領域', '举措', '舉措', '政策', '项目', '項目',
  '名称', '名稱', '编号', '編號', '电话', '電話', '地址', '邮箱', '網址', '网址', '附件', '问题', '問題', '结果', '結果', '原因', '方法', '步骤', '步驟',
  '流程', '程序', '材料', '类型', '類型', '金额', '金額', '规模', '規模', '数量', '數量', '指标', '指標', '方案', '计划', '計劃', '安排', '分工', '责任', '責任',
  '职责', '職責', '对策', '對策', '效果', '现状', '現狀', '定义', '定義', '概念', '案例', '示例', '例子', '注意', '提示', '看法', '观点', '觀點', '体会', '體會',
  '感受', '结论', '結論', '答案', '理由', '事项', '事項', '议题', '議題', '主题', '主題', '标题', '標題', '阶段', '階段', '环节', '環節', '部分', '方面',
  '说', '說', '表示', '指出', '强调', '強調', '认为', '認為', '提出', '介绍', '介紹', '坦言', '透露', '回忆', '回憶', '解释', '解釋', '补充', '補充',
  '告诉记者', '写道', '寫道', '问道', '問道', '答道', '说道', '說道', '呼吁', '呼籲', '宣布', '发现', '發現', '称', '稱', '道', '曰', '云',
  '是', '为', '為', '有', '如下', '以下', '包括', '在于', '在於', '的', '了', '着', '著', '等', '即', '如', '和', '与', '與', '及', '或',
];

/** A label starting with one of these is prose or an addressee (各位代表：, 我们认为：). */
export const NOT_PERSON_PREFIXES: readonly string[] = [
  '各', '第', '关于', '關於', '对于', '對於', '为了', '為了', '根据', '根據', '按照', '其中', '我', '你', '您', '他', '她', '它', '这', '這', '那',
  '该', '該', '本', '此', '尊敬', '亲爱', '親愛', '致', '有人', '有的', '大家', '总体', '總體', '主要', '具体', '具體', '重点', '重點',
];

/** Words that make a label a person's role (主持人, 江委員啟臣, 劉副主任義周, 王部长). */
export const PERSON_TITLE_WORDS: readonly string[] = [
  '主持人', '主席', '委员', '委員', '部长', '部長', '主任', '司长', '司長', '局长', '局長', '处长', '處長', '署长', '署長', '厅长', '廳長',
  '代表', '发言人', '發言人', '书记', '書記', '省长', '省長', '市长', '市長', '县长', '縣長', '区长', '區長', '院长', '院長', '总理', '總理',
  '总统', '總統', '教授', '研究员', '研究員', '经理', '經理', '董事长', '董事長', '总裁', '總裁', '秘书长', '秘書長', '议员', '議員', '立委',
  '主委', '校长', '校長', '所长', '所長', '会长', '會長', '理事长', '理事長', '行长', '行長', '嘉宾', '嘉賓', '网友', '網友', '观众', '觀眾',
  '老师', '老師', '医生', '醫生', '律师', '律師', '法官', '审判长', '審判長', '审判员', '審判員', '公诉人', '公訴人', '被告', '原告', '辩护人',
  '辯護人', '证人', '證人', '上诉人', '上訴人', '当事人', '當事人', '村民', '居民', '市民', '群众', '群眾', '专家', '專家', '学者', '學者',
  '司仪', '司儀', '主播', '官员', '官員', '部长助理', '局长助理', '副主委', '召委', '首长', '首長', '大使', '参赞', '參贊', '领事', '領事',
];

/** Symbols newspapers print before an interview's labels (■记者：). */
export const LABEL_BULLETS = '■□●○◆◇▲△★☆►▶•◎';

/** Characters a speaker's label may hold besides Han characters: the dots inside foreign names. */
export const NAME_DOTS = '·・';

/**
 * Common Chinese surnames, simplified and traditional: a two-to-four-character label that starts
 * with one is read as a personal name (陳其邁：, 王文涛：).
 */
export const SURNAMES: string =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉' +
  '程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵' +
  '万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包' +
  '宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農' +
  '司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒' +
  '隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓' +
  '盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰鲜鮮揭寿壽';

/** Two-character surnames. */
export const COMPOUND_SURNAMES: readonly string[] = ['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '令狐', '慕容', '司徒', '公孙', '公孫', '尉迟', '尉遲', '长孙', '長孫', '宇文', '夏侯', '端木', '西门', '西門', '独孤', '獨孤', '澹台', '澹臺', '张简', '張簡', '范姜'];

