// The outline (docs/annotation.md §4 and §7 "Structure"): one synthetic text per rule, scored the way
// the gold files are (kind, line, parent's kind), plus newline, slicing and nesting properties.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { buildOutline, OutlineBuilder } from '../../src/core/outline';
import { profileDocument } from '../../src/core/profile';
import type { OutlineNode } from '../../src/core/types';
import { shape, skeleton } from './outline/helpers';

/** The nesting contract: siblings sorted and disjoint, selection inside the node, children inside
 *  their parent, `line` the 0-based line of `start` (CRLF, CR and LF each end a line). */
function checkOutline(text: string, nodes: readonly OutlineNode[], parent?: OutlineNode): void {
  let prevEnd = parent ? parent.start : 0;
  for (const n of nodes) {
    assert.ok(n.start >= prevEnd, `${n.kind}@${n.line} starts after its previous sibling`);
    assert.ok(n.start <= n.selectionStart && n.selectionStart <= n.selectionEnd && n.selectionEnd <= n.end, `${n.kind}@${n.line} selection inside range`);
    assert.ok(n.start < n.end && n.end <= text.length, `${n.kind}@${n.line} non-empty and inside the text`);
    if (parent) { assert.ok(n.start >= parent.start && n.end <= parent.end, `${n.kind}@${n.line} nested in its parent`); }
    assert.equal(n.line, lineOf(text, n.start), `${n.kind} line number matches its offset`);
    checkOutline(text, n.children, n);
    prevEnd = n.end;
  }
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; }
  }
  return line;
}

function names(nodes: readonly OutlineNode[]): string[] {
  const out: string[] = [];
  for (const n of nodes) { out.push(n.name); out.push(...names(n.children)); }
  return out;
}

/** Paragraphs separated by blank lines, as the fixtures are written. */
function doc(...paragraphs: string[]): string {
  return paragraphs.join('\n\n') + '\n';
}

function feedInChunks(text: string, cuts: number[]): OutlineNode[] {
  const b = new OutlineBuilder(text);
  for (const c of [...cuts].sort((x, y) => x - y)) { b.feed(c); }
  b.feed(text.length);
  return b.finish();
}

/** Offsets just after each newline: the places analyze() may cut a slice. */
function lineBoundaries(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { out.push(i + 1); }
  }
  return out;
}

const BODY = '今年以来，各地区各部门认真贯彻落实党中央决策部署，经济运行总体平稳、稳中有进。';
const BODY2 = '下一步，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。';

/** `profiled`: built with the document's profile, as the analysis builds it. */
interface Case { name: string; text: string; shape: string[]; names?: string[]; profiled?: boolean }

const CASES: Case[] = [
  // §4 article
  { name: 'a title line followed by its body is an article', text: doc('加快推进新型工业化', BODY), shape: ['article@0<-'] },
  {
    name: '(上接第X版) continues an earlier article and is named by that line',
    text: doc('乡村振兴见闻', BODY, '本报记者', '王小明', '(上接第三版)', BODY2),
    shape: ['article@0<-', 'article@8<-'], names: ['乡村振兴见闻', '(上接第三版)'],
  },
  {
    name: 'a title broken over two lines is one article at the first line',
    text: doc('国务院关于印发数字经济', '发展规划的通知', '国发〔2021〕29号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', BODY),
    shape: ['article@0<-'], names: ['国务院关于印发数字经济发展规划的通知'],
  },
  {
    name: 'a subtitle line starting with —— belongs to the title',
    text: doc('让科技成果惠及民生', '——访科技部部长', BODY, '强化基础研究', BODY2),
    shape: ['article@0<-', 'section@6<article'],
  },
  {
    name: 'a title that asks or exclaims is the document\'s article; inside an article such a line is a sentence',
    text: doc('经济增速为何回升？', BODY, '增长态势明显？', BODY2, '稳住了！', BODY),
    shape: ['article@0<-'], names: ['经济增速为何回升？'],
  },
  {
    name: 'after a byline closed a story, a title that exclaims opens the next; one with a sentence inside does not',
    text: doc('经济形势分析', BODY, '本报记者　张三', '秋粮又丰收了！', BODY2, '本报记者　李四', '丰收了。再看秋粮！', BODY),
    shape: ['article@0<-', 'article@6<-'],
  },
  // §8 news digests with numbered headings
  {
    name: 'a digest: the title is the article, 【】 categories are sections, numbered headlines nest in them whatever their punctuation',
    text: doc(
      '每日财经速览：消费回暖了吗？', '【宏观要闻】', 'NO.1 央行：保持流动性合理充裕，稳住经济大盘！', BODY, 'NO.2 统计局发布上半年数据 消费稳步恢复', BODY2,
      '【公司动态】', 'NO.3 某公司重整进展：债务压降至300亿 表决延期', BODY, '债务压降至300亿', BODY2, 'NO.4 某集团声明回应传闻：从未有过相关计划',
      '关于近日网上流传的相关内容，我司声明如下：', '一、整个事件的起因是公司负责人获悉相关信息后作出的安排。', '二、公司从未向任何机构提交类似报告，特此声明。',
    ),
    shape: [
      'article@0<-', 'section@2<article', 'section@4<section', 'section@8<section', 'section@12<article', 'section@14<section', 'section@18<section',
      'section@22<section', 'point@26<section', 'point@28<section',
    ],
    names: [
      '每日财经速览：消费回暖了吗？', '【宏观要闻】', 'NO.1 央行：保持流动性合理充裕，稳住经济大盘！', 'NO.2 统计局发布上半年数据 消费稳步恢复', '【公司动态】',
      'NO.3 某公司重整进展：债务压降至300亿 表决延期', '债务压降至300亿', 'NO.4 某集团声明回应传闻：从未有过相关计划', '一、整个事件的起因是公司负责人获悉相关信息后作出的安排', '二、公司从未向任何机构提交类似报告',
    ],
  },
  {
    name: 'a whole line in 【】 naming the chair or a speaker stays a label',
    text: doc('新闻发布会', '【主持人】', '请介绍情况。', '【王文涛】', '大家好。', '【主持人】', '请提问。'),
    shape: ['article@0<-', 'speaker@2<article', 'speaker@6<article', 'speaker@10<article'],
  },
  // §8 tables
  {
    name: 'a table: its title is a section; the unit line and the rows, however short and whatever their first cell, are no nodes',
    text: doc('某市重点项目投资计划', BODY, '重点项目投资计划表', '单位：万元', '项目\t2025年\t2026年', '一、交通\t120\t85', '（一）轨道\t60\t40', '合计\t120\t85', BODY2),
    shape: ['article@0<-', 'section@4<article'],
  },
  {
    name: 'rows of two cells are rows where the document has table rows; a lone marker before a tab opens a paragraph',
    text: doc('某市重点项目清单', BODY, '项目\t金额', '交通\t120', '水利\t85', '合计\t205', '第一条\t为了规范管理，制定本办法。', '第二条\t本办法自公布之日起施行。'),
    shape: ['article@0<-', 'point@12<article', 'point@14<article'], profiled: true,
  },
  // §4 section
  {
    name: 'a short line without closing punctuation inside an article is a section',
    text: doc('经济形势分析', BODY, '顶住压力实现正增长', BODY2, '警惕经济修复被扰动', BODY),
    shape: ['article@0<-', 'section@4<article', 'section@8<article'], names: ['经济形势分析', '顶住压力实现正增长', '警惕经济修复被扰动'],
  },
  {
    name: 'a heading with a subtitle line is one section',
    text: doc('经济形势分析', BODY, '顶住压力实现正增长', '——上半年经济数据解读', BODY2),
    shape: ['article@0<-', 'section@4<article'],
  },
  {
    name: 'a line with closing punctuation is not a heading',
    text: doc('经济形势分析', BODY, '改革之力。', BODY2, '增长态势明显？', BODY),
    shape: ['article@0<-'],
  },
  {
    name: 'a heading is short: a longer line without punctuation is a broken sentence',
    text: doc('经济形势分析', BODY, '要坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动', '高质量发展', BODY2),
    shape: ['article@0<-'],
  },
  {
    name: 'a section heading may contain commas',
    text: doc('专访', BODY, '筑牢大国根基，加快建设现代化产业体系', BODY2),
    shape: ['article@0<-', 'section@4<article'],
  },
  {
    name: 'bylines and the name line after them are not sections',
    text: doc('经济形势分析', '本报记者　张三', BODY, BODY2, '新华社记者', '李四', BODY),
    shape: ['article@0<-'],
  },
  {
    name: '来源 lines, document numbers, addressees are not sections',
    text: doc('关于做好迎峰度夏工作的通知', '国办发〔2023〕12号', '各省、自治区、直辖市人民政府：', BODY, '来源：中国政府网', BODY2),
    shape: ['article@0<-'],
  },
  {
    name: 'signature (issuer), date and （此件公开发布） lines are not sections',
    text: doc('关于做好迎峰度夏工作的通知', BODY, BODY2, '国务院办公厅', '2023年6月1日', '（此件公开发布）'),
    shape: ['article@0<-'],
  },
  {
    name: 'a signature with several issuers and a date in Chinese numerals',
    text: doc('关于做好迎峰度夏工作的通知', BODY, '国家发展改革委', '国家能源局', '二〇二三年六月一日'),
    shape: ['article@0<-'],
  },
  {
    name: 'a report title, its subtitle and the speaker line above the addressee',
    text: doc('政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理　李强', '各位代表：', BODY, '一、2023年工作回顾', BODY2),
    shape: ['article@0<-', 'section@10<article'],
  },
  // §4 question / answer
  {
    name: '问：/答： paragraphs are a question and an answer; body paragraphs belong to the answer',
    text: doc('专访', '问：今年经济形势如何？', '答：总体平稳，稳中有进。', BODY, '问：下一步有何打算？', '答：继续推进改革。'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'question@8<article', 'answer@10<article'],
    names: ['专访', '问：今年经济形势如何', '答：总体平稳', '问：下一步有何打算', '答：继续推进改革'],
  },
  {
    name: '记者：/XX记者： ask; the answerer\'s name label answers',
    text: doc('专访', '记者：今年以来取得了哪些进展？', '王文涛：谢谢你的提问。今年以来，消费持续恢复。', '中央广播电视总台央视记者：外贸形势如何？', '李飞：外贸稳中有进。', '盛秋平：我补充一点。'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'question@6<article', 'answer@8<article', 'answer@10<article'],
  },
  {
    name: 'Q:/A: and 【问】/【答】 labels',
    text: doc('专访', 'Q: 今年经济形势如何？', 'A: 总体平稳。', '【问】下一步有何打算？', '【答】继续推进改革。'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'question@6<article', 'answer@8<article'],
  },
  {
    name: '问/答 inside a quotation is not a question',
    text: doc('专访', BODY, '“问：这是引用的问题吗？”他笑着说。', '“答：是的。”'),
    shape: ['article@0<-'],
  },
  {
    name: 'questions sit in the section they follow; a new section closes the answer',
    text: doc('专访', BODY, '筑牢大国根基', '问：如何理解？', '答：这是重大部署。', '紧抓数字机遇', '问：如何推进？', '答：加快转型。'),
    shape: ['article@0<-', 'section@4<article', 'question@6<section', 'answer@8<section', 'section@10<article', 'question@12<section', 'answer@14<section'],
  },
  // §4 point
  {
    name: '一是/二是 paragraphs are points of the answer',
    text: doc('专访', '问：有哪些举措？', '答：主要有四方面。', '一是改造升级传统产业。' + BODY, '二是巩固提升优势产业。' + BODY2),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'point@6<answer', 'point@8<answer'],
    names: ['专访', '问：有哪些举措', '答：主要有四方面', '一是改造升级传统产业', '二是巩固提升优势产业'],
  },
  {
    name: 'several points may start mid-paragraph on one line',
    text: doc('专访', '问：有哪些特点？', '答：呈现4个特点：一是规模大；二是增速快；三是结构优；四是效益好。'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'point@4<answer', 'point@4<answer', 'point@4<answer', 'point@4<answer'],
    names: ['专访', '问：有哪些特点', '答：呈现4个特点', '一是规模大', '二是增速快', '三是结构优', '四是效益好'],
  },
  {
    name: '第一，/第二， points, also mid-paragraph',
    text: doc('专访', '记者：下一步重点是什么？', '张三：第一，扩大内需。第二，稳定外贸。第三，优化结构。'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'point@4<answer', 'point@4<answer', 'point@4<answer'],
  },
  {
    name: 'adjacent markers: each point ends where the next begins',
    text: doc('专访', '问：有哪些？', '答：①②'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'point@4<answer', 'point@4<answer'],
  },
  {
    name: '一方面/另一方面 and em-dash bullets are not points',
    text: doc('经济形势分析', '一方面，基本支出数额较大。', '另一方面，物价有所上涨。', '——坚持稳中求进。', '——坚持改革开放。'),
    shape: ['article@0<-'],
  },
  {
    name: '一、 on a short heading line is a section; （一） paragraphs are its points; 1. items nest',
    text: doc('某省实施方案', BODY, '一、总体要求', '（一）指导思想。' + BODY, '（二）基本原则。', BODY2, '二、重点任务', '（一）实施设备更新行动。', '1.推进重点行业设备更新。' + BODY, '2.加快建筑领域设备更新。' + BODY2, '（二）实施以旧换新行动。'),
    shape: [
      'article@0<-', 'section@4<article', 'point@6<section', 'point@8<section', 'section@12<article', 'point@14<section',
      'point@16<point', 'point@18<point', 'point@20<section',
    ],
  },
  {
    name: 'a paragraph that starts 一、 and runs on is a point',
    text: doc('关于做好迎峰度夏工作的通知', BODY, '一、高度重视迎峰度夏工作。' + BODY, '二、切实加强电力供应保障。' + BODY2),
    shape: ['article@0<-', 'point@4<article', 'point@6<article'],
  },
  {
    name: '第一章 lines are sections; 第一条 paragraphs are points with their （一） items nested',
    text: doc('某某暂行办法', '第一章　总　　则', '第一条　为了规范管理，制定本办法。', '第二条　本办法适用于下列情形：', '（一）第一种情形；', '（二）第二种情形。', '第二章　附　　则', '第三条　本办法自2019年1月1日起施行。'),
    shape: ['article@0<-', 'section@2<article', 'point@4<section', 'point@6<section', 'point@8<point', 'point@10<point', 'section@12<article', 'point@14<section'],
    names: ['某某暂行办法', '第一章　总　　则', '第一条　为了规范管理', '第二条　本办法适用于下列情形', '（一）第一种情形', '（二）第二种情形', '第二章　附　　则', '第三条　本办法自2019年1月1日起施行'],
  },
  {
    name: 'list markers inside a paragraph need a list: a lone 5、 after a semicolon is no point',
    text: doc('统计公报', '4月份失业率为6.1%；5、6月份连续回落，分别为5.9%和5.5%。'),
    shape: ['article@0<-'],
  },
  // §4 speaker
  {
    name: 'speaker turns in a transcript, names with titles',
    text: doc('內政委員會會議紀錄', '主席：現在開會。', '江委員啟臣：請問部長，這個條文如何執行？', '劉副主任義周：主席、各位委員。我們尊重委員會。', '陳其邁：請李委員俊俋發言。', '李俊俋：謝謝主席。'),
    shape: ['article@0<-', 'speaker@2<article', 'speaker@4<article', 'speaker@6<article', 'speaker@8<article', 'speaker@10<article'],
    names: ['內政委員會會議紀錄', '主席', '江委員啟臣', '劉副主任義周', '陳其邁', '李俊俋'],
  },
  {
    name: 'field labels are not speakers; the addressee line is not a speaker',
    text: doc('提案審查', '提案人：張三', '說明：本案係依法提出。', '来源：新华社', '时间：2024年3月5日', '各省、自治区、直辖市人民政府，国务院各部委：', BODY),
    shape: ['article@0<-'],
  },
  {
    // one rule per person (issue 15): the minister answers a question, so his opening statement is an answer too
    name: 'a press conference: the chair\'s turns are speakers; whoever answers a question answers on every turn, the opening statement too',
    text: doc(
      '新闻发布会', '主持人：大家上午好。请王部长介绍情况。', '王文涛：各位记者朋友，大家好。', '主持人：下面开始提问。',
      '路透社记者：外资准入有何考虑？', '王文涛：我们将全面取消限制措施。', '主持人：今天的发布会到此结束。',
    ),
    shape: ['article@0<-', 'speaker@2<article', 'answer@4<article', 'speaker@6<article', 'question@8<article', 'answer@10<article', 'speaker@12<article'],
    names: ['新闻发布会', '主持人', '王文涛：大家好', '主持人', '路透社记者：外资准入有何考虑', '王文涛：我们将全面取消限制措施', '主持人'],
  },
  {
    name: 'a single label-like lead-in is no transcript',
    text: doc('经济形势分析', BODY, '张三：这是一句引语。', BODY2),
    shape: ['article@0<-'],
  },
  {
    name: 'lead-ins that end in a speech verb or name a field are no speakers',
    text: doc('经济形势分析', '他表示：经济持续恢复。', '主要目标：到2025年实现增长。', '例如：加快发展。', '牵头单位：发展改革委。'),
    shape: ['article@0<-'],
  },
  {
    name: 'labels printed with a bullet, in 【】 brackets, numbered, or naming the chair in brackets',
    text: doc(
      '专访', '■记者：今年怎么样？', '■张三：很好。', '【主持人】欢迎。', '【王文涛】谢谢。', '问题一：如何申报？', '答：在线申报。',
      '主席（陳委員其邁）：現在開會。', '江委員啟臣：請問部長。',
    ),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'speaker@6<article', 'speaker@8<article', 'question@10<article', 'answer@12<article', 'speaker@14<article', 'speaker@16<article'],
    names: ['专访', '记者：今年怎么样', '张三：很好', '主持人', '王文涛', '问题一：如何申报', '答：在线申报', '主席（陳委員其邁）', '江委員啟臣'],
  },
  {
    name: 'a press conference: a spokesman\'s titles joined by 、 on a line of their own, his short name answering, the chair by name only',
    text: doc(
      '国务院新闻办公室新闻发布会', '主持人邢晓雯：女士们、先生们，上午好。今天我们请来统计部门负责同志介绍情况。',
      `国家统计局新闻发言人、综合统计司司长罗建平：\n女士们、先生们，媒体朋友们，上午好！下面介绍上半年经济运行情况。\n${BODY}`,
      '邢晓雯：下面请罗建平先生回答提问。', '经济日报记者：请问如何看待消费恢复？', `罗建平：谢谢你的提问。${BODY2}`, '邢晓雯：今天的发布会到此结束，谢谢大家。',
    ),
    shape: ['article@0<-', 'speaker@2<article', 'answer@4<article', 'speaker@8<article', 'question@10<article', 'answer@12<article', 'speaker@14<article'],
    // an answer is named past its courtesy openers (谢谢你的提问, 女士们、先生们); a label alone on its line by the next line
    names: [
      '国务院新闻办公室新闻发布会', '主持人邢晓雯', '罗建平：下面介绍上半年经济运行情况', '邢晓雯', '经济日报记者：请问如何看待消费恢复',
      '罗建平：下一步', '邢晓雯',
    ],
  },
  {
    name: 'a 、-joined label opening a paragraph; the spokesman who answers answers on every turn; reporters joined by 、 ask',
    text: doc(
      '新闻发布会', '主持人：请发言人介绍情况。', `商务部新闻发言人、外贸司副司长葛一鸣：各位记者朋友，大家好。${BODY}`, `葛一鸣：再补充一点。${BODY2}`,
      '凤凰卫视、凤凰网记者：请问下一步有何考虑？', '葛一鸣：谢谢。我们将继续扩大开放。',
    ),
    shape: ['article@0<-', 'speaker@2<article', 'answer@4<article', 'answer@6<article', 'question@8<article', 'answer@10<article'],
    names: ['新闻发布会', '主持人', '葛一鸣：今年以来', '葛一鸣：再补充一点', '凤凰卫视、凤凰网记者：请问下一步有何考虑', '葛一鸣：我们将继续扩大开放'],
  },
  {
    name: 'a titled label longer than a name alone, without 、, ending in a name is a speaker too',
    text: doc('新闻发布会', '主持人：请介绍情况。', '国家统计局新闻发言人罗建平：大家好。', '罗建平：补充一点。'),
    shape: ['article@0<-', 'speaker@2<article', 'speaker@4<article', 'speaker@6<article'],
    // a long label shows the name first, then the titles
    names: ['新闻发布会', '主持人', '罗建平 · 国家统计局新闻发言人', '罗建平'],
  },
  {
    name: 'the chair introduced by name (主持人乌兰) is a turn by name only: kept in a transcript, a speaker even after an answer',
    text: doc('发布会', '主持人乌兰：请介绍情况。', '王文涛：大家好。', '乌兰：下面开始提问。', '记者：请问前景如何？', '王文涛：总体向好。', '乌兰：今天到此结束。'),
    shape: ['article@0<-', 'speaker@2<article', 'answer@4<article', 'speaker@6<article', 'question@8<article', 'answer@10<article', 'speaker@12<article'],
  },
  {
    name: '、 lists before a colon, organisations, titles without a name and addressees are no speakers, even in a transcript',
    text: doc(
      '某委员会会议记录', '主席：现在开会。', '國家發展委員會、經濟部：提出以下說明，請參考。', '會議強調、要求：各單位切實落實。', '主要任务包括：加强统筹。',
      '县长、乡长：要抓好落实。', '各位代表、各位委员：', BODY, '王委员明：请问部长。', '主席：散会。',
    ),
    shape: ['article@0<-', 'speaker@2<article', 'speaker@16<article', 'speaker@18<article'],
  },
  {
    name: 'a 、-joined label of up to 40 characters is a speaker, named by its name, then its titles cut at 30 characters',
    text: doc('新闻发布会', '主持人：请介绍情况。', '国家发展和改革委员会新闻发言人、国民经济综合司司长、政策研究室主任罗建平：大家好。', '罗建平：再补充一点。'),
    shape: ['article@0<-', 'speaker@2<article', 'speaker@4<article', 'speaker@6<article'],
    names: ['新闻发布会', '主持人', '罗建平 · 国家发展和改革委员会新闻发言人、国民经济综合司司', '罗建平'],
  },
  {
    name: 'a single 、-joined titled label is no transcript',
    text: doc('经济形势分析', BODY, '国家统计局新闻发言人、综合统计司司长罗建平：经济运行总体平稳。', BODY2),
    shape: ['article@0<-'],
  },
  {
    name: 'a 、-joined label longer than 40 characters is no label',
    text: doc(
      '新闻发布会', '主持人：请介绍情况。', '王文涛：大家好。',
      '中华人民共和国国家发展和改革委员会新闻发言人、国民经济综合司司长、政策研究室主任罗建平：经济运行总体平稳。', '王文涛：谢谢。',
    ),
    shape: ['article@0<-', 'speaker@2<article', 'speaker@4<article', 'speaker@8<article'],
  },
  {
    name: 'a title with a colon is a title, not a turn',
    text: doc('专访：某部长谈经济形势', BODY),
    shape: ['article@0<-'],
  },
  // §7 newspaper page: where a new article starts
  {
    name: 'a byline under the title opens the article: the heading after it is a section',
    text: doc('经济形势分析', '本报记者　张三', '顶住压力实现正增长', BODY, BODY2),
    shape: ['article@0<-', 'section@4<article'],
  },
  {
    name: 'photo credits and captions are neither headings nor bylines',
    text: doc('经济形势分析', BODY, '新华社记者 张三 摄', '图为工人在车间作业', '回升向好', BODY2),
    shape: ['article@0<-', 'section@8<article'],
  },
  {
    name: 'a newspaper page label is not a title',
    text: doc('第2版', '经济形势分析', BODY),
    shape: ['article@2<-'],
  },
  {
    name: 'a heading followed by a speaker turn stays a section of the transcript',
    text: doc('新闻发布会', '问：今年怎么样？', '答：很好。', '第二个议题', '主持人：请继续提问。', '张三：好的。', '主持人：谢谢。'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'section@6<article', 'speaker@8<section', 'speaker@10<section', 'speaker@12<section'],
  },
  {
    name: 'a heading followed by a title-like line at the top opens with a two-line title only when the lines form one',
    text: doc('上半年经济数据发布', '顶住压力实现正增长', BODY),
    shape: ['article@0<-', 'section@2<article'],
  },
  {
    name: 'a heading whose next paragraph opens with a dateline starts an article',
    text: doc('经济形势分析', BODY, '中非合作论坛峰会新闻中心举办吹风会', '本报北京9月2日讯(记者袁勇)新闻中心2日举办首场吹风会。', BODY2),
    shape: ['article@0<-', 'article@4<-'],
  },
  {
    name: 'a 新华社…电 dateline too',
    text: doc('经济形势分析', BODY, '全国秋粮收购工作启动', '新华社北京9月2日电　全国秋粮收购工作日前启动。', BODY2),
    shape: ['article@0<-', 'article@4<-'],
  },
  {
    name: 'after a news item, a heading directly followed by another heading is a title and its first section',
    text: doc('经济形势分析', '本报北京9月2日讯（记者张三）' + BODY, '追风逐日看新疆', '南风北光铸绿色动能', BODY2),
    shape: ['article@0<-', 'article@4<-', 'section@6<article'],
  },
  {
    // A newspaper column whose text runs around an interposed heading (a pull quote): the short
    // line before the heading is broken text, the heading is the column's section.
    name: 'inside a column with body text, a short line before a heading is broken text around it',
    text: doc('城市观察', BODY, '城市更新和老旧小区改造正在推', '安居乐业', BODY2),
    shape: ['article@0<-', 'section@6<article'],
  },
  {
    name: 'a heading after an interview\'s Q&A that no question follows starts an article',
    text: doc('专访', '强化助企扶企', '问：有哪些举措？', '答：主要有四方面。', '民生谈', BODY, BODY2),
    shape: ['article@0<-', 'section@2<article', 'question@4<section', 'answer@6<section', 'article@8<-'],
  },
  {
    name: 'the first heading after a byline block or a (新华社…电) end line starts an article',
    text: doc('经济形势分析', BODY, '本报记者', '乔文汇', '追风逐日看新疆', BODY2, '(新华社北京9月2日电)', '青年创新创业', BODY),
    shape: ['article@0<-', 'article@8<-', 'article@14<-'],
  },
  {
    name: 'a news title over a date line and its story is no signature',
    text: doc('经济形势分析', BODY, '本报记者 张三', '上半年经济数据发布', '2024年7月15日', BODY2),
    shape: ['article@0<-', 'article@6<-'],
  },
  {
    name: 'a regulation\'s version lines under its title are no sections; without 第N章 its 第N条 points are the article\'s',
    text: doc(
      '某某设施保护条例', '2009年3月2日 国务院令第551号公布', '根据2016年2月6日《国务院关于修改部分行政法规的决定》修订', '第一条　为了加强设施保护，制定本条例。',
      '第二条　本条例适用于下列设施：（一）甲；（二）乙。',
    ),
    shape: ['article@0<-', 'point@6<article', 'point@8<article', 'point@8<point', 'point@8<point'],
  },
  {
    name: 'an order\'s number line and a bracketed version line are no sections',
    text: doc(
      '中华人民共和国国务院令', '第551号', '现公布《某某设施保护条例》，自2009年5月1日起施行。', '总理　张三', '2009年3月2日', '某某设施保护条例',
      '（2009年3月2日中华人民共和国国务院令第551号公布　根据2016年2月6日《国务院关于修改部分行政法规的决定》修订）', '第一章　总　　则', '第一条　为了加强设施保护，制定本条例。',
    ),
    shape: ['article@0<-', 'article@10<-', 'section@14<article', 'point@16<section'],
  },
  {
    name: 'each attached document after its 附件N line is an article, its title joined over two lines',
    text: doc('国务院办公厅关于某某问题的复函', BODY, '国务院办公厅', '二〇〇四年十一月四日', '附件1', '关于某某村', '地质险情调研情况的报告', BODY, '一、基本情况', BODY2, '附件2：', '某某村地质险情调查意见', BODY2),
    shape: ['article@0<-', 'article@10<-', 'section@16<article', 'article@22<-'],
    names: ['国务院办公厅关于某某问题的复函', '关于某某村地质险情调研情况的报告', '一、基本情况', '某某村地质险情调查意见'],
  },
  {
    name: 'a title after the signature block of a 通知 is a second article',
    text: doc('国务院关于印发某某暂行办法的通知', BODY, '国务院', '2018年12月13日', '（此件公开发布）', '某某暂行办法', '第一章　总　　则', '第一条　为了规范管理，制定本办法。'),
    shape: ['article@0<-', 'article@10<-', 'section@12<article', 'point@14<section'],
  },
  // §4 broken lines
  {
    name: 'a long line without closing punctuation continues on the next line (newspaper)',
    text: doc('经济形势分析', '三是发展壮大新兴产业。聚焦新一代信息技术、人工智能、航空航天等战略性新兴产业，推动完善发展政策和治理', '体系，引导新兴产业健康有序发展'),
    shape: ['article@0<-', 'point@2<article'],
  },
  {
    name: 'text pasted from a PDF: every line broken, headings and markers still found',
    text: [
      '某某省推动设备更新实施方案',
      '为贯彻落实国务院《推动大规模设备更新和消费品以旧换新行动方案》，结合',
      '我省实际，制定本方案。',
      '一、总体要求',
      '以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，全',
      '面落实省委、省政府工作部署',
      '二、重点任务',
      '（一）实施设备更新行动。',
      '1.推进重点行业设备更新改造。围绕石化、钢铁、有色、建材等重点行业，开',
      '展先进设备更新改造',
      '2.加快建筑领域设备更新。',
    ].join('\n'),
    shape: ['article@0<-', 'section@3<article', 'section@6<article', 'point@7<section', 'point@8<point', 'point@10<point'],
  },
  // the point scan: a marker at any offset of the paragraph, after its label, or as its last unit
  {
    name: '①②③ run on without punctuation are points',
    text: '工作要求如下：①加强组织领导②完善工作机制③强化督促检查。\n',
    shape: ['point@0<-', 'point@0<-', 'point@0<-'],
    names: ['①加强组织领导', '②完善工作机制', '③强化督促检查'],
  },
  {
    name: 'points a unit apart in odd and even places are all found',
    text: '要求：①加强领导②完善机制③强化督查④抓好落实。\n',
    shape: ['point@0<-', 'point@0<-', 'point@0<-', 'point@0<-'],
    names: ['①加强领导', '②完善机制', '③强化督查', '④抓好落实'],
  },
  {
    name: 'an answer\'s first clause holds its points',
    text: doc('问：下一步有哪些安排？', '答：一是稳住经济大盘，二是持续扩大内需，三是深化改革开放。'),
    shape: ['question@0<-', 'answer@2<-', 'point@2<answer', 'point@2<answer', 'point@2<answer'],
    names: ['问：下一步有哪些安排', '答：一是稳住经济大盘', '一是稳住经济大盘', '二是持续扩大内需', '三是深化改革开放'],
  },
  {
    name: 'a circled number as the last unit of a paragraph is no point of its own',
    text: '主要措施：1.加强领导；2.完善机制；3.强化保障①\n',
    shape: ['point@0<-', 'point@0<-', 'point@0<-'],
    names: ['1.加强领导', '2.完善机制', '3.强化保障①'],
  },
  {
    // §8 Taiwan documents: 案名：… and 案情概要說明： are a case's fields, however short; the agenda item is the section
    name: 'minutes of a planning committee: agenda items are sections, case fields no nodes, 1、 and （1） points under the item',
    text: doc('某縣都市計畫委員會第12次會議紀錄', '時間：中華民國103年5月2日（星期五）下午2時', '地點：本府第一會議室', '討論事項　一',
      '案名：變更某鄉都市計畫案', '案情概要說明：', '1、本案依都市計畫法辦理。', '（1）公開展覽期間：30天。', '決議：照案通過。',
      '討論事項　二', '案名：擬定某某細部計畫案', '決議：修正後通過。'),
    shape: ['article@0<-', 'section@6<article', 'point@12<section', 'point@14<point', 'section@18<article'],
  },
  {
    // §4 "article": a notice that issues two documents; the second follows the first's body without a signature
    name: 'a notice issuing two documents: the second title, named in the notice\'s title, opens an article after the first\'s body',
    text: doc('某省人民政府关于印发促进民营经济发展若干措施和优化营商环境实施办法的通知', '各市人民政府：', '现将有关文件印发给你们，请认真贯彻执行。',
      '某省人民政府', '2024年5月6日', '促进民营经济发展若干措施', '一、加大金融支持力度', BODY, '二、减轻企业负担', BODY2,
      '优化营商环境实施办法', '第一条　为了优化营商环境，制定本办法。', '第二条　本办法自印发之日起施行。'),
    shape: ['article@0<-', 'article@10<-', 'section@12<article', 'section@16<article', 'article@20<-', 'point@22<article', 'point@24<article'],
  },
  {
    // §7 "Structure": a parenthesised header line broken over two lines is neither a title nor a section
    name: 'a regulation whose bracketed adoption line is broken in two: no node for either half',
    text: doc('某某省档案管理规定', '（2019年3月2日某某省人民政府', '第12次常务会议通过）', '第一章　总　　则', '第一条　为了加强档案管理，制定本规定。', '第二章　附　　则', '第二条　本规定自公布之日起施行。'),
    shape: ['article@0<-', 'section@6<article', 'point@8<section', 'section@10<article', 'point@12<section'],
  },
  {
    // §7 "Structure": the members of a committee listed post by post are no speakers and no sections
    name: 'a roster under a section: post labels and name-and-post lines get no node',
    text: doc('某某工作领导小组组建方案', '一、主要职责', BODY, '二、组成人员', '组　长：张　三　　某省副省长', '副组长：李四明　　某省政府副秘书长',
      '王　五　　某厅厅长', '成　员：赵六一　　某局局长', '欧阳明　　某委副主任', '三、工作要求', BODY2),
    shape: ['article@0<-', 'section@2<article', 'section@6<article', 'section@18<article'],
  },
  {
    // §7 "Structure": a speech's title, its speaker's name and its date line: the name is neither part of the title nor a section
    name: 'a speech: the speaker\'s name under the title is no part of it and no node',
    text: doc('在全市优化营商环境大会上的讲话', '王建国', '（2024年2月20日）', '同志们：', BODY, '一、深刻认识优化营商环境的重要意义', BODY2, '二、扎实推进重点任务', BODY),
    shape: ['article@0<-', 'section@10<article', 'section@14<article'],
    names: ['在全市优化营商环境大会上的讲话', '一、深刻认识优化营商环境的重要意义', '二、扎实推进重点任务'],
  },
  {
    // §4 "question": a numbered question (一、问：) in a 答记者问 sheet is a question, not a 一、 point; its answer a sibling
    name: 'numbered questions of an answers-to-reporters sheet: 一、问： is a question, 答： its answer',
    text: doc('某局负责人就《某某规定》答记者问', '一、问：《规定》出台的背景是什么？', '答：近年来，相关工作不断推进。', '二、问：《规定》有哪些主要内容？', '答：一是明确范围，二是规范程序。'),
    shape: ['article@0<-', 'question@2<article', 'answer@4<article', 'question@6<article', 'answer@8<article', 'point@8<answer', 'point@8<answer'],
    names: ['某局负责人就《某某规定》答记者问', '一、问：《规定》出台的背景是什么', '答：近年来', '二、问：《规定》有哪些主要内容', '答：一是明确范围', '一是明确范围', '二是规范程序'],
  },
  {
    // §7 "Structure": a work report copied whole from its web page — the tool buttons and font-size
    // switch above the title and the line that says when it was given are no nodes
    name: 'a report copied from a web page: its furniture and its session line are no nodes',
    text: doc('下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】', '2026年某省政府工作报告',
      '2026年1月14日在某省第十四届人民代表大会第四次会议上', '各位代表：', BODY, '一、2025年工作回顾', BODY2, '二、2026年重点工作', BODY),
    shape: ['article@18<-', 'section@26<article', 'section@30<article'],
    names: ['2026年某省政府工作报告', '一、2025年工作回顾', '二、2026年重点工作'],
  },
  {
    // §7 "Structure": a page's breadcrumb one item a line, a label whose value is on the next line,
    // and the speaker's post and name under the title are no nodes
    name: 'a report\'s page: breadcrumb items, a label\'s value on its own line and the speaker\'s post and name are no nodes',
    text: doc('当前位置：', '首页', '>', '政务信息', '2026年某自治区政府工作报告', '发表时间：', '2026-02-09 09:45:30', '来源：', '某日报客户端',
      '自治区人民政府主席 张某某', '各位代表：', BODY, '一、2025年工作回顾', BODY2),
    shape: ['article@8<-', 'section@24<article'],
    names: ['2026年某自治区政府工作报告', '一、2025年工作回顾'],
  },
  {
    name: 'the speaker\'s name alone under a report\'s title, over a photo caption, is no node',
    text: doc('2026年某省政府工作报告', '——2026年2月3日在某省第十四届人民代表大会第四次会议上', '来源：某日报', '王建国', '王建国同志作政府工作报告。本报记者 张三摄', '各位代表：', BODY, '一、2025年工作回顾', BODY2),
    shape: ['article@0<-', 'section@14<article'],
  },
  // non-Chinese, structureless
  { name: 'English prose gives no outline', text: doc('Introduction', 'This is a short paragraph of English text.', 'Conclusion'), shape: [] },
  { name: 'prose without headings gives no outline', text: doc(BODY, BODY2, BODY), shape: [] },
  { name: 'an empty text gives no outline', text: '', shape: [] },
];

describe('outline: docs/annotation.md §4 and §7 structures', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const out = buildOutline(c.text, c.profiled ? { profile: profileDocument(c.text) } : {});
      assert.deepEqual(shape(out), c.shape);
      if (c.names) { assert.deepEqual(names(out), c.names); }
      checkOutline(c.text, out);
    });
  }
});

describe('outline: Markdown', () => {
  const md = [
    '# 专访：某部长谈经济', '', '## 第一部分', '', '**问：** 今年经济形势如何？', '', '**答：** 总体平稳。主要有三点：一是增长稳；二是就业稳。', '',
    '### 小结', '', '1. 第一项内容。', '2. 第二项内容。', '', '```', '问：代码块里的不算', '```', '', '短标题行', '', BODY,
  ].join('\n');

  it('emits no nodes for Markdown headings, nor titles or sections; still questions, answers, points', () => {
    const out = buildOutline(md, { markdown: true });
    assert.deepEqual(shape(out), ['question@4<-', 'answer@6<-', 'point@6<answer', 'point@6<answer', 'point@10<-', 'point@11<-']);
    assert.deepEqual(names(out).slice(0, 2), ['问：今年经济形势如何', '答：总体平稳']);
    checkOutline(md, out);
  });

  it('reads the same text as plain text with a title', () => {
    const out = buildOutline(md);
    assert.equal(out[0].kind, 'article');
  });
});

describe('outline: newlines, slices and nesting', function () {
  // property runs and the long inputs take seconds on a loaded machine
  this.timeout(60000);
  const sample = doc(
    '国务院关于印发某某暂行办法的通知', BODY, '国务院', '2018年12月13日', '某某暂行办法', '第一章　总　　则', '第一条　为了规范管理，制定本办法：（一）甲；（二）乙。',
    '专访', '问：有哪些特点？', '答：呈现4个特点：一是规模大；二是增速快。', BODY2, '主持人：谢谢。', '张三：不客气。', '主持人：再见。',
  );

  it('CRLF and CR newlines give the same tree as LF', () => {
    const lf = buildOutline(sample);
    const crlf = sample.replace(/\n/g, '\r\n');
    const cr = sample.replace(/\n/g, '\r');
    assert.deepEqual(skeleton(buildOutline(crlf)), skeleton(lf));
    assert.deepEqual(skeleton(buildOutline(cr)), skeleton(lf));
    assert.deepEqual(shape(buildOutline(crlf)), shape(lf));
    assert.deepEqual(shape(buildOutline(cr)), shape(lf));
    checkOutline(crlf, buildOutline(crlf));
    checkOutline(cr, buildOutline(cr));
  });

  it('CR alone reads as a line break in every layout: the whole analysis gives the LF outline (issue 12)', () => {
    const layouts = [
      doc('每日财经速览：消费回暖了吗？', '【宏观要闻】', 'NO.1 央行：保持流动性合理充裕！', BODY, '【公司动态】', 'NO.2 某公司重整进展', BODY2),
      doc('新闻发布会', '主持人：请介绍情况。', '王文涛：大家好。', '记者：请问前景如何？', '王文涛：总体向好。', '主持人：谢谢。'),
      doc('某某设施保护条例', '2009年3月2日 国务院令第551号公布', '第一条　为了加强设施保护，制定本条例。', '第二条　本条例适用于下列设施：（一）甲；（二）乙。'),
      doc('某市重点项目投资计划', BODY, '重点项目投资计划表', '单位：万元', '项目\t2025年\t2026年', '合计\t120\t85', '附件2：', '某某村地质险情调查意见', BODY2),
    ];
    for (const lf of layouts) {
      const want = analyze(lf).outline;
      assert.ok(want.length > 0);
      for (const nl of ['\r', '\r\n']) {
        const other = lf.replace(/\n/g, nl);
        const got = analyze(other).outline;
        assert.deepEqual(skeleton(got), skeleton(want));
        assert.deepEqual(shape(got), shape(want));
        checkOutline(other, got);
      }
    }
  });

  it('feeding line-boundary chunks in any split gives the one-shot tree', () => {
    for (const text of [sample, sample.replace(/\n/g, '\r\n'), sample.replace(/\n/g, '\r')]) {
      const whole = buildOutline(text);
      const bounds = lineBoundaries(text);
      fc.assert(fc.property(fc.subarray(bounds), (cuts) => {
        assert.deepEqual(feedInChunks(text, cuts), whole);
      }), { numRuns: 200 });
    }
  });

  it('feeding cuts inside lines (a huge line split by size) gives the one-shot tree', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: sample.length }), { maxLength: 12 }), (cuts) => {
      assert.deepEqual(feedInChunks(sample, cuts), buildOutline(sample));
    }), { numRuns: 200 });
  });

  it('nodes nest in their parents, siblings are sorted and disjoint, lines match offsets', () => {
    checkOutline(sample, buildOutline(sample));
    const out = buildOutline(sample);
    assert.ok(shape(out).includes('point@12<point'), 'the （一） items nest in their 第一条');
  });

  it('leaves share one frozen empty children array; a parent holds exactly its own children', () => {
    const leaves: OutlineNode[][] = [];
    const walk = (nodes: readonly OutlineNode[]): void => {
      for (const n of nodes) {
        if (n.children.length === 0) { leaves.push(n.children); } else { assert.ok(!Object.isFrozen(n.children)); }
        walk(n.children);
      }
    };
    walk(buildOutline(sample));
    walk(feedInChunks(sample, lineBoundaries(sample)));
    // one speaker is no transcript: the turn is dropped and its article left a leaf
    const dropped = buildOutline(doc('某某文章标题', '王五：这是一段话。', BODY));
    assert.deepEqual(shape(dropped), ['article@0<-']);
    walk(dropped);
    assert.ok(leaves.length > 10);
    assert.ok(leaves.every((c) => c === leaves[0] && Object.isFrozen(c)));
    // a consumer that tried to grow a leaf in place fails instead of growing every leaf
    assert.throws(() => { leaves[0].push(buildOutline(sample)[0]); }, TypeError);
  });

  const pieces = [
    '问：', '答：', '记者：', '主持人：', '张三：', '一是', '二是', '（一）', '（二）', '1.', '2、', '第一章', '第一条　', '第一，', '一、', '——',
    '本报记者', '(上接第三版)', '(新华社北京9月2日电)', '2018年12月13日', '国务院', '本报北京9月2日讯', '标题', '短标题行', BODY, '。', '，', '：', '；',
    '\n', '\n\n', '\r\n', '\r', ' ', '\u3000', '\u0000', '\ud800', '\udc00', '😀', 'abc', '# ', '**', '```', '|',
  ];
  const arbitrary = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );

  it('never throws and keeps the nesting contract on arbitrary input', () => {
    fc.assert(fc.property(arbitrary, fc.boolean(), (text, markdown) => {
      const out = buildOutline(text, { markdown });
      checkOutline(text, out);
    }), { numRuns: 500 });
  });

  it('slicing arbitrary input anywhere gives the one-shot tree', () => {
    fc.assert(fc.property(arbitrary, fc.array(fc.nat(), { maxLength: 8 }), (text, raw) => {
      const cuts = raw.map((x) => (text.length === 0 ? 0 : x % (text.length + 1)));
      assert.deepEqual(feedInChunks(text, cuts), buildOutline(text));
    }), { numRuns: 300 });
  });

  // Time is measured by the bench (npm run bench, section 3), never here: this checks the result.
  it('builds an outline of long pathological inputs, nodes inside the text', function () {
    this.timeout(60000);
    const inputs = ['问：\n'.repeat(50000), '我'.repeat(1 << 20), '一是好；二是好。'.repeat(1 << 15), '：一是好；'.repeat(1 << 15)];
    for (const text of inputs) {
      const walk = (nodes: ReturnType<typeof buildOutline>): void => {
        for (const n of nodes) {
          assert.ok(n.start >= 0 && n.end <= text.length && n.start <= n.end, `${text.slice(0, 6)}…: ${n.start}–${n.end}`);
          walk(n.children);
        }
      };
      walk(buildOutline(text));
    }
  });
});
