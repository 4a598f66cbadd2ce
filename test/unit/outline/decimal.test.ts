// Decimal-numbered headings (docs/annotation.md §4 "section", §7 "Structure"): an emergency plan's
// 1 / 1.1 / 1.1.1 headings are sections nested by the count of their numbers; a table of contents
// heading (目  录) is no node, and the headings it lists read as headings, not as titles.
import assert from 'node:assert/strict';
import { buildOutline } from '../../../src/core/outline';
import { profileDocument } from '../../../src/core/profile';
import { shape } from './helpers';

const outline = (lines: string[]): string[] => {
  const text = lines.join('\n');
  return shape(buildOutline(text, { profile: profileDocument(text) }));
};
const BODY = '各有关单位要按照统一领导、分级负责的原则，做好本行业的应对工作。';

describe('outline: decimal-numbered headings (§4 "section")', () => {
  const cases: [string, string[], string[]][] = [
    [
      'a plan: 1, 1.1 and 1.1.1 nest; a new 2 closes 1 and what it holds',
      ['某市地震应急预案', '1　总则', '1.1　编制目的', BODY, '1.2　适用范围', BODY, '2　组织指挥体系', '2.1　市抗震救灾指挥部', '2.1.1　指挥部职责', BODY, '2.2　工作组', BODY],
      ['article@0<-', 'section@1<article', 'section@2<section', 'section@4<section', 'section@6<article', 'section@7<section', 'section@8<section', 'section@10<section'],
    ],
    [
      // a heading followed at once by its first sub-heading, after body text, is no broken sentence
      'a heading right above its first sub-heading, after body text, stays a section',
      ['某县防汛应急预案', '1　总则', BODY, '2　预警预防', '2.1　信息监测', BODY],
      ['article@0<-', 'section@1<article', 'section@3<article', 'section@4<section'],
    ],
    [
      'a table of contents: its heading is no node, the entries are sections of the plan, not titles',
      ['某省突发事件总体应急预案', '目　　录', '1　总则', '1.1　编制目的', '2　应急准备', '1　总则', '1.1　编制目的', BODY],
      ['article@0<-', 'section@2<article', 'section@3<section', 'section@4<article', 'section@5<article', 'section@6<section'],
    ],
    [
      'full-width digits and points; 1. items under a decimal heading are points',
      ['某单位安全生产应急预案', '３．１　预警分级', '预警分为四级：', '1. 一级预警，情况特别严重。', '2. 二级预警，情况严重。'],
      ['article@0<-', 'section@1<article', 'point@3<section', 'point@4<section'],
    ],
    [
      'a number and a space before a quantity or a date opens no heading: the paragraph is body text',
      ['某某工作方案', '一、工作目标', '3 个月内完成整改，逾期未改的依法处理。', '10 月 1 日起，全面推行电子证照。'],
      ['article@0<-', 'section@1<article'],
    ],
  ];
  for (const [name, lines, want] of cases) {
    it(name, () => assert.deepEqual(outline(lines), want));
  }
});
