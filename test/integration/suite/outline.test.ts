// Outline (document symbols) and folding in a real VS Code, against docs/annotation.md §4 and the gold
// outlines of the shared fixtures (kind, line and parent as the gold files give them).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, find, fixture, folding, INTERVIEW, openUntitled, outline, symbols, toNodes, type Node } from './helpers';
import type { OutlineNode } from '../../../src/core/types';

/** Expected subtree: kind and line of a node, a name prefix, and (when given) its children in order. */
interface Expect { kind: string; line: number; name?: string; children?: Expect[] }

function checkNode(actual: Node | undefined, want: Expect, where: string): void {
  assert.ok(actual, `${where}: no ${want.kind} at line ${want.line}`);
  assert.strictEqual(actual.kind, want.kind, `${where}: kind at line ${want.line}`);
  assert.strictEqual(actual.line, want.line, `${where}: line of ${want.kind}`);
  if (want.name !== undefined) { assert.ok(actual.name.startsWith(want.name), `${where}: name "${actual.name}" starts with "${want.name}"`); }
  if (want.children) {
    assert.deepStrictEqual(actual.children.map(c => `${c.kind}@${c.line}`), want.children.map(c => `${c.kind}@${c.line}`), `${where}: children of ${want.kind}@${want.line}`);
    want.children.forEach((c, i) => checkNode(actual.children[i], c, `${where} › ${want.kind}@${want.line}`));
  }
}

const qa = (section: number, title: string, question: number, answer: number, points: number[]): Expect => ({
  kind: 'section', line: section, name: title,
  children: [
    { kind: 'question', line: question },
    { kind: 'answer', line: answer, name: '答', children: points.map((line, i) => ({ kind: 'point', line, name: `${'一二三四'[i]}是` })) },
  ],
});

const ordinal = ['一', '二', '三', '四'];

// file → top-level kinds@lines (whole list) and subtrees that must be present somewhere in the outline.
const FIXTURES: { file: string; top: string[]; subtrees: Expect[] }[] = [
  {
    file: 'seed-2024-09-03.txt',
    top: ['article@2', 'article@76', 'article@92', 'article@100', 'article@128'],
    subtrees: [{
      kind: 'article', line: 2, name: '加快推进新型工业化',
      children: [
        qa(10, '筑牢大国根基', 12, 14, [18, 20, 22, 26]),
        qa(28, '紧抓数字机遇', 30, 32, [36, 38, 40, 44]),
        qa(46, '坚持底线思维', 48, 50, [52, 54, 56, 60]),
        qa(62, '强化助企扶企', 64, 66, [68, 70, 72, 74]),
      ],
    }],
  },
  {
    file: '12-measures-zhuanxiang-kouchu.txt',
    top: ['article@0', 'article@16'],
    subtrees: [
      {
        kind: 'article', line: 16, name: '个人所得税专项附加扣除暂行办法',
        children: [18, 28, 40, 48, 58, 70, 92, 102, 142].map(line => ({ kind: 'section', line, name: '第' })),
      },
      { kind: 'section', line: 18, name: '第一章', children: [20, 22, 24, 26].map((line, i) => ({ kind: 'point', line, name: `第${ordinal[i]}条` })) },
      {
        kind: 'point', line: 72, name: '第十七条',
        children: [{ kind: 'point', line: 74, name: '（一）' }, { kind: 'point', line: 76, name: '（二）' }],
      },
    ],
  },
  {
    file: '13-stats-h1-2022.txt',
    top: ['article@0'],
    subtrees: [{ kind: 'article', line: 0, children: [{ kind: 'section', line: 6 }, { kind: 'section', line: 28 }, { kind: 'section', line: 60 }] }],
  },
  {
    file: '14-opinion-tiyu-jingsai.txt',
    top: ['article@0'],
    subtrees: [{
      kind: 'section', line: 10, name: '一、总体要求',
      children: [{ kind: 'point', line: 12, name: '（一）指导思想' }, { kind: 'point', line: 14, name: '（二）基本原则' }, { kind: 'point', line: 24, name: '（三）发展目标' }],
    }],
  },
  {
    file: '15-ly-committee-tw-2012.txt',
    top: ['article@0'],
    subtrees: [
      { kind: 'speaker', line: 4, name: '陳其邁' },
      { kind: 'speaker', line: 10, name: '張慶忠' },
      { kind: 'speaker', line: 26, name: '劉副主任義周' },
    ],
  },
];

/** The symbols VS Code returns must be exactly the core's outline: names, kinds' order, ranges. */
function checkSameTree(document: vscode.TextDocument, got: readonly vscode.DocumentSymbol[], want: readonly OutlineNode[], where: string): void {
  assert.strictEqual(got.length, want.length, `${where}: number of nodes`);
  want.forEach((w, i) => {
    const g = got[i];
    const at = `${where} › ${w.kind}@${w.line}`;
    assert.strictEqual(g.name, w.name, at);
    assert.deepStrictEqual([g.range.start, g.range.end].map(p => document.offsetAt(p)), [w.start, w.end], `${at}: range`);
    assert.deepStrictEqual([g.selectionRange.start, g.selectionRange.end].map(p => document.offsetAt(p)), [w.selectionStart, w.selectionEnd], `${at}: selection`);
    checkSameTree(document, g.children, w.children, at);
  });
}

describe('outline and folding', () => {
  after(closeAllEditors);

  for (const f of FIXTURES) {
    describe(f.file, () => {
      let uri: vscode.Uri | undefined;
      before(async () => { uri = await fixture(f.file); });
      beforeEach(function () { if (!uri) { this.skip(); } });

      it('shows the core outline as document symbols, node for node', async () => {
        const document = await vscode.workspace.openTextDocument(uri!);
        const analysis = await (await api()).analysisFor(uri!);
        assert.ok(analysis, 'the fixture is analysed');
        checkSameTree(document, await symbols(uri!), analysis.outline, f.file);
      });

      it('has the gold top-level nodes', async () => {
        assert.deepStrictEqual((await outline(uri!)).map(n => `${n.kind}@${n.line}`), f.top);
      });

      for (const want of f.subtrees) {
        it(`has the ${want.kind} at line ${want.line}${want.name ? ` (${want.name}…)` : ''} as in the gold outline`, async () => {
          const nodes = await outline(uri!);
          checkNode(find(nodes, want.kind, want.line), want, f.file);
        });
      }
    });
  }

  describe('folding', () => {
    // file → [start, end] ranges that must be there, start lines that must not fold (one-line nodes)
    const cases: { file: string; ranges: [number, number][]; none: number[] }[] = [
      { file: 'seed-2024-09-03.txt', ranges: [[10, 26], [14, 26], [22, 24], [28, 44], [32, 44], [40, 42], [46, 60], [56, 58], [62, 74], [66, 74]], none: [12, 18, 20, 26] },
      { file: '12-measures-zhuanxiang-kouchu.txt', ranges: [[18, 26], [70, 90], [72, 80]], none: [20, 22, 74] },
    ];
    for (const c of cases) {
      it(`folds every multi-line node of ${c.file} as a region, and nothing else`, async function () {
        const uri = await fixture(c.file);
        if (!uri) { this.skip(); }
        const ranges = await folding(uri);
        const byStart = new Map(ranges.map(r => [r.start, r]));
        for (const [start, end] of c.ranges) {
          const r = byStart.get(start);
          assert.ok(r, `a folding range starts at line ${start}`);
          assert.strictEqual(r.end, end, `end of the range at ${start}`);
          assert.strictEqual(r.kind, vscode.FoldingRangeKind.Region, `kind of the range at ${start}`);
        }
        for (const line of c.none) { assert.ok(!byStart.has(line), `no folding range starts at ${line}`); }
        // Every range belongs to an outline node starting on its first line.
        const starts = new Set<number>();
        const visit = (nodes: readonly Node[]): void => { for (const n of nodes) { starts.add(n.line); visit(n.children); } };
        visit(await outline(uri));
        assert.deepStrictEqual(ranges.filter(r => !starts.has(r.start)).map(r => r.start), []);
      });
    }
  });

  describe('an interview typed into an untitled document', () => {
    it('outlines 问：/答： and 一是/二是 (docs/annotation.md §4)', async () => {
      const document = await openUntitled(INTERVIEW, 'plaintext');
      const nodes = await outline(document.uri);
      assert.ok(find(nodes, 'question', 2), `a question at line 2 in ${JSON.stringify(nodes)}`);
      checkNode(find(nodes, 'answer', 4), {
        kind: 'answer', line: 4, name: '答',
        children: [{ kind: 'point', line: 6, name: '一是' }, { kind: 'point', line: 8, name: '二是' }],
      }, 'interview');
    });

    it('labels each symbol with its localized kind and a distinct symbol kind', async () => {
      const document = await openUntitled(INTERVIEW, 'plaintext');
      const all: vscode.DocumentSymbol[] = [];
      const visit = (list: readonly vscode.DocumentSymbol[]): void => { for (const s of list) { all.push(s); visit(s.children); } };
      visit(await symbols(document.uri));
      const detailOf = new Map(toNodes(all).map((n, i) => [n.kind, all[i].detail]));
      // The test host runs in English: the detail is the kind's English label.
      for (const kind of ['question', 'answer', 'point']) { assert.strictEqual(detailOf.get(kind), kind); }
    });

    it('analyses a Markdown document too, with the same structures (shown in its outline when policyLens.outline.markdown is on)', async () => {
      const document = await openUntitled(`# 答记者问\n\n${INTERVIEW}`, 'markdown');
      const analysis = await (await api()).analysisFor(document.uri);
      assert.ok(analysis, 'the Markdown document is analysed');
      await vscode.workspace.getConfiguration('policyLens').update('outline.markdown', true, vscode.ConfigurationTarget.Global);
      try {
        const nodes = await outline(document.uri);
        assert.ok(find(nodes, 'question', 4), `a question at line 4 in ${JSON.stringify(nodes)}`);
        assert.ok(find(nodes, 'answer', 6));
      } finally {
        await vscode.workspace.getConfiguration('policyLens').update('outline.markdown', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });
});
