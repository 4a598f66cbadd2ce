// The tree of open nodes, the transcript check and the names of nodes (src/core/outline/tree.ts,
// transcript.ts, names.ts; docs/annotation.md §4 "The outline is positional", "Names").
import assert from 'node:assert/strict';
import { clauseEnd, withoutSpaceOrEmphasis } from '../../../src/core/outline/names';
import { RANK_ARTICLE, RANK_POINT, RANK_SECTION, RANK_TURN, STYLE_DUN, STYLE_PLAIN } from '../../../src/core/outline/ranks';
import { TurnLog } from '../../../src/core/outline/transcript';
import { runSteps } from '../../../src/core/steps';
import { NO_CHILDREN, OutlineTree, unwrap } from '../../../src/core/outline/tree';
import type { Family, Label } from '../../../src/core/outline/types';
import type { OutlineNode } from '../../../src/core/types';

/** `kind name start-end` of every node, children indented. */
function show(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.name} ${n.start}-${n.end}`, ...show(n.children, depth + 1)]);
}

/** `kind name` of every node, children indented. */
function shape(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.name}`, ...shape(n.children, depth + 1)]);
}

describe('outline tree', () => {
  it('a node closes the open nodes of its rank or deeper and ends at the last content', () => {
    const tree = new OutlineTree();
    tree.open('article', 'A', 0, 0, 1, RANK_ARTICLE);
    tree.extend(10);
    tree.open('section', 'S1', 10, 10, 12, RANK_SECTION + STYLE_PLAIN);
    tree.extend(20);
    tree.open('question', 'Q', 20, 20, 22, RANK_TURN);
    tree.extend(30);
    tree.open('section', 'S2', 30, 30, 32, RANK_SECTION + STYLE_PLAIN);
    tree.extend(40);
    assert.deepEqual(show(tree.finish()), ['article A 0-40', '  section S1 10-30', '    question Q 20-30', '  section S2 30-40']);
  });

  it('sections nest by style: a 一、 section holds plain headings, a new 一、 closes them', () => {
    const tree = new OutlineTree();
    tree.open('section', '一、', 0, 0, 2, RANK_SECTION + STYLE_DUN);
    tree.open('section', 'plain', 5, 5, 7, RANK_SECTION + STYLE_PLAIN);
    tree.extend(9);
    tree.open('section', '二、', 10, 10, 12, RANK_SECTION + STYLE_DUN);
    tree.extend(15);
    assert.deepEqual(show(tree.finish()), ['section 一、 0-9', '  section plain 5-9', 'section 二、 10-15']);
  });

  const point = (tree: OutlineTree, family: Family, ord: number, start: number): void => {
    tree.openPoint({ family, ord, start, end: start + 1 }, `${family}${ord}`, start + 1);
    tree.extend(start + 5);
  };
  it('points close their own family and the families ranked at or below it; 一是 floats', () => {
    const tree = new OutlineTree();
    tree.open('article', 'A', 0, 0, 1, RANK_ARTICLE);
    point(tree, 'dun', 1, 10);
    point(tree, 'parenCn', 1, 20);
    point(tree, 'shi', 1, 30);
    point(tree, 'parenCn', 2, 40);
    point(tree, 'dun', 2, 50);
    assert.deepEqual(shape(tree.finish()), [
      'article A', '  point dun1', '    point parenCn1', '      point shi1', '    point parenCn2', '  point dun2',
    ]);
  });

  it('the ordinal of an open point of a family, and closing up to a rank', () => {
    const tree = new OutlineTree();
    tree.open('section', '一、', 0, 0, 2, RANK_SECTION + STYLE_DUN);
    point(tree, 'arabic', 3, 10);
    assert.equal(tree.openOrdinal('arabic'), 3);
    assert.equal(tree.openOrdinal('dun'), -1);
    tree.closeFirstOfRank(RANK_SECTION + STYLE_DUN);
    assert.equal(tree.openOrdinal('arabic'), -1);
    assert.equal(show(tree.finish()).length, 2);
    assert.ok(RANK_POINT > RANK_TURN);
  });

  it('leaves share the frozen empty children; unwrap lifts the children of dropped nodes', () => {
    const tree = new OutlineTree();
    tree.open('article', 'A', 0, 0, 1, RANK_ARTICLE);
    tree.open('speaker', 'S', 2, 2, 3, RANK_TURN);
    point(tree, 'shi', 1, 4);
    const roots = tree.finish();
    const leaf = roots[0].children[0].children[0];
    assert.equal(leaf.children, NO_CHILDREN);
    assert.ok(Object.isFrozen(NO_CHILDREN));
    const out = unwrap(roots, (n) => n.kind === 'speaker');
    assert.deepEqual(shape(out), ['article A', '  point shi1']);
    assert.equal(unwrap(roots, () => false), roots, 'nothing dropped: the same list');
  });
});

describe('outline transcript check', () => {
  /** Speaker nodes for `labels` under one article; the speakers kept. */
  function kept(labels: string[], qaTurns = 0, chair?: string): string[] {
    const log = new TurnLog('');
    const tree = new OutlineTree();
    tree.open('article', 'A', 0, 0, 1, RANK_ARTICLE);
    if (chair) { log.noteChair(chair); }
    labels.forEach((l, i) => {
      const lab: Label = { kind: 'person', norm: l, start: 0, end: 0, content: 0, colon: '：' };
      log.add(tree.open('speaker', log.nodeName(l), 10 * i + 2, 10 * i + 2, 10 * i + 4, RANK_TURN), lab, 0, 0, false, false);
      tree.extend(10 * i + 9);
    });
    log.qaTurns = qaTurns;
    // a step of one node: the end walks the tree a node at a time and gives the same answer
    return shape(runSteps(log.finishSteps(tree.finish(), 1))).filter((s) => s.includes('speaker')).map((s) => s.trim().split(' ')[1]);
  }
  it('several person-like turns make a transcript; a lone label is no speaker', () => {
    assert.deepEqual(kept(['主席', '陳其邁', '江委員啟臣']), ['主席', '陳其邁', '江委員啟臣']);
    assert.deepEqual(kept(['陳其邁']), []);
    assert.deepEqual(kept(['陳其邁', '林委員志明']), ['陳其邁', '林委員志明']);
    assert.deepEqual(kept(['陳其邁', '陳其邁']), [], 'one speaker twice, no question or answer turns');
    assert.deepEqual(kept(['陳其邁'], 2), ['陳其邁'], 'with labelled questions and answers');
  });
  it('labels that read as no person count only when said twice', () => {
    assert.deepEqual(kept(['主席', '陳其邁', '加快建设']), ['主席', '陳其邁']);
    assert.deepEqual(kept(['主席', '加快建设', '加快建设']), ['主席', '加快建设', '加快建设']);
  });
  it('the chair introduced by name speaks under that name', () => {
    const log = new TurnLog('');
    log.noteChair('主持人寿小丽');
    assert.equal(log.isChair('寿小丽'), true);
    log.noteChair('主持人');
    assert.equal(log.isChair(''), false);
    assert.equal(log.nodeName('主席'), log.nodeName('主' + '席'));
    assert.equal(log.nodeName('长'.repeat(40)).length, 30);
  });
});

describe('outline names', () => {
  const clauses: [string, number, number, string][] = [
    // text, p, from: the name t[p, clauseEnd)
    ['一是规模大；二是增速快', 0, 2, '一是规模大'],
    ['第一，扩大内需。', 0, 3, '第一，扩大内需'],
    // NAME_MAX (30) units at most
    ['问题很多的一段话没有标点一直说下去一直说下去一直说下去一直说下去', 0, 0, '问题很多的一段话没有标点一直说下去一直说下去一直说下去一直说'],
    ['①', 0, 1, '①'],
    ['规模大  ；', 0, 0, '规模大'],
  ];
  for (const [text, p, from, name] of clauses) {
    it(`clauseEnd: ${name}`, () => { assert.equal(text.slice(p, clauseEnd(text, p, text.length, from)), name); });
  }
  it('clauseEnd never splits a surrogate pair', () => {
    const text = '一是' + '字'.repeat(27) + '𠀀';
    const end = clauseEnd(text, 0, text.length);
    assert.equal(end, 29);
  });

  it('withoutSpaceOrEmphasis drops blanks and emphasis (and brackets when asked)', () => {
    assert.equal(withoutSpaceOrEmphasis('**陳 其邁**', 0, 8, false), '陳其邁');
    assert.equal(withoutSpaceOrEmphasis('【主持人】', 0, 5, true), '主持人');
    assert.equal(withoutSpaceOrEmphasis('【主持人】', 0, 5, false), '【主持人】');
    assert.equal(withoutSpaceOrEmphasis('主\u200b持', 0, 3, false), '主\u200b持', 'the zero-width space stays, as \\s keeps it');
  });
});
