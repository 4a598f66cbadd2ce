// What the Targets & Deadlines view shows (src/extension/targetsModel.ts) and exports
// (targetsExport.ts), as plain data: deadline statuses against today, filters, grouping by
// document and by indicator, documents of identical text shown once.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { targetsCsv, targetsMarkdown, type TargetsExportWords } from '../../src/extension/targetsExport';
import { deadlineEnd, deadlineStatus, NO_FILTER, targetGroups, textFingerprint, type DocumentTargets } from '../../src/extension/targetsModel';

const PLAN = '关于推进服务平台建设的通知\n\n力争到2030年建成100个左右示范园区。\n\n确保到2025年实现乡镇服务站全覆盖。\n\n今年计划新建20个服务平台。\n';
const REPORT = '某市2032年政府工作报告\n\n——2032年1月10日在某市人民代表大会上\n\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业12万人以上。\n';

function doc(key: string, text: string, scanned = true): DocumentTargets<number> {
  return { key, path: key, scanned, fingerprint: textFingerprint(text), targets: analyze(text).targets.map(target => ({ target, range: target.start })) };
}

describe('targets view: deadlines against today', () => {
  const ends: [string | null, string | null][] = [
    ['2025', '2025-12-31'], ['2024-02', '2024-02-29'], ['2023-10-17', '2023-10-17'], ['2019/2024', '2024-12-31'],
    ['2023-06-20/2023-06-22', '2023-06-22'], [null, null], ['soon', null],
  ];
  for (const [deadline, end] of ends) {
    it(`${deadline ?? 'none'} ends ${end ?? 'nowhere'}`, () => { assert.equal(deadlineEnd(deadline), end); });
  }
  const statuses: [string | null, string, string][] = [
    ['2025', '2026-01-01', 'passed'], ['2025', '2025-12-31', 'thisYear'], ['2025-03-01', '2025-03-02', 'passed'],
    ['2026-06', '2026-03-01', 'thisYear'], ['2030', '2026-03-01', 'later'], [null, '2026-03-01', 'none'],
  ];
  for (const [deadline, today, status] of statuses) {
    it(`${deadline ?? 'none'} on ${today}: ${status}`, () => { assert.equal(deadlineStatus(deadline, today), status); });
  }
});

describe('targets view: groups and filters', () => {
  const docs = [doc('plans/plan.txt', PLAN, false), doc('reports/report.txt', REPORT), doc('copies/plan-copy.txt', PLAN), doc('links/plan.txt', PLAN)];

  it('by document: each text once, the open document holding its copies', () => {
    const groups = targetGroups(docs, 'document', NO_FILTER, '2026-03-01');
    assert.deepEqual(groups.map(g => [g.label, g.copies]), [['plans/plan.txt', ['copies/plan-copy.txt', 'links/plan.txt']], ['reports/report.txt', []]]);
    assert.deepEqual(groups[0].rows.map(r => [r.target.deadline, r.status]), [['2025', 'passed'], ['2030', 'later'], [null, 'none']]);
  });
  it('by indicator: in the ledger\'s order, targets without one last', () => {
    const groups = targetGroups(docs, 'indicator', NO_FILTER, '2026-03-01');
    assert.deepEqual(groups.map(g => [g.key, g.label, g.rows.length]), [
      ['gdp-growth', '国内生产总值增长 · GDP growth', 1], ['urban-jobs', '城镇新增就业 · new urban jobs', 1], ['', '', 3],
    ]);
    assert.deepEqual(groups[2].rows.map(r => r.path), ['plans/plan.txt', 'plans/plan.txt', 'plans/plan.txt']);
  });
  it('filters by strength and by deadline, leaving out groups that empty', () => {
    const strive = targetGroups(docs, 'document', { strengths: ['strive'], deadlines: [] }, '2026-03-01');
    assert.deepEqual(strive.map(g => g.rows.map(r => r.target.strength)), [['strive']]);
    const passed = targetGroups(docs, 'document', { strengths: [], deadlines: ['passed', 'none'] }, '2026-03-01');
    // the report's targets have the list's deadline (2032): not passed, not undated
    assert.deepEqual(passed.map(g => [g.label, g.rows.map(r => r.status)]), [['plans/plan.txt', ['passed', 'none']]]);
    assert.deepEqual(targetGroups(docs, 'indicator', { strengths: ['expect'], deadlines: [] }, '2026-03-01'), []);
  });
  it('shows every open document, however alike', () => {
    const groups = targetGroups([doc('a.txt', PLAN, false), doc('b.txt', PLAN, false), doc('c.txt', PLAN)], 'document', NO_FILTER, '2026-03-01');
    assert.deepEqual(groups.map(g => [g.label, g.copies]), [['a.txt', ['c.txt']], ['b.txt', []]]);
  });
  it('fingerprints equal texts alike and different texts apart', () => {
    assert.equal(textFingerprint(PLAN), textFingerprint(`${PLAN}`));
    assert.notEqual(textFingerprint(PLAN), textFingerprint(PLAN.replace('20个', '21个')));
  });
});

describe('targets view: export what it shows', () => {
  const words: TargetsExportWords = {
    title: 'Targets & Deadlines', filter: 'Filtered: strive',
    columns: { group: 'Group', document: 'Document', line: 'Line', deadline: 'Deadline', status: 'Status', value: 'Value', object: 'Object', strength: 'Strength', indicators: 'Indicators', text: 'Text' },
    status: r => r.status, strength: r => r.target.strength, group: g => (g.kind === 'indicator' && g.key === '' ? 'none' : g.label), none: 'No targets.',
  };
  const groups = targetGroups([doc('=evil.txt', REPORT), doc('plan.txt', PLAN)], 'indicator', NO_FILTER, '2026-03-01');
  const lineOf = (range: number) => range;

  it('CSV: a row per target as listed, guarded against formulas', () => {
    const rows = targetsCsv(groups, words, lineOf).split('\r\n');
    assert.equal(rows[0], '\uFEFFGroup,Document,Line,Deadline,Status,Value,Object,Strength,Indicators,Text');
    assert.match(rows[1], /^国内生产总值增长 · GDP growth,'=evil\.txt,\d+,2032,later,/);
    assert.match(rows[1], /,target,国内生产总值增长,[^,]*国内生产总值增长5%左右$/);
    // one row for each indicator's target, three without an indicator, and the final line break
    assert.equal(rows.length, 1 + 2 + 3 + 1);
  });
  it('Markdown: a heading per group, escaped cells', () => {
    const md = targetsMarkdown(groups, words, lineOf);
    assert.match(md, /^# Targets &amp; Deadlines\n\n_Filtered\\: strive_\n\n## 国内生产总值增长 · GDP growth\n/);
    assert.match(md, /\| 2032 \| later \| .* \| \\=evil\\\.txt \| \d+ \|/);
    assert.match(md, /\n## none\n/);
  });
  it('says there is nothing when the filter leaves nothing', () => {
    assert.match(targetsMarkdown([], words, lineOf), /_No targets\\\._\n$/);
  });
});
