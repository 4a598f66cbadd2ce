// The end-to-end screenshots, as data: scripts/e2e-screenshots.mjs opens each shot's sample in a
// fresh workbench, performs its steps, checks what it expects and saves <name>.png.
// Only public-domain samples/ may appear in the committed images (never the seed).
//
// Fields:
//   name       PNG file name (without .png)
//   file       a file in samples/, opened with Quick Open
//   line       reveal this 1-based line first (Go to Line); or `reveal` text: the first line holding it
//   settings   user settings for this shot (theme, policyLens.*), merged over the quiet defaults
//   locale     display language passed to code-server (--locale); a shot group per locale
//   outline    { expect: [names] }: run "Explorer: Focus on Outline View", check these rows
//   command    a command palette entry to run (after the file is open)
//   waitFor    a selector (CSS or Playwright) that must appear before the picture is taken
//   hover      { text, expect }: hover the first visible occurrence of `text`, wait for a
//              .monaco-hover holding `expect` (a string or RegExp source)
//   before     command palette entries to run before `command` (layout: hide the side bar, …)
//   pick       after the command: wait for a quick pick row holding this text and take it (Enter)
//   then       further command palette entries to run after that (layout: maximise the group, …)
//   webview    { expect }: wait until the open webview's page holds `expect` (a string)
//   copy       repo-relative files copied into the workspace first (a PDF to open, say)
//   text       repo-relative file holding the text the editor shows, when `file` is converted (not text)
//   content    the file's text, written into the workspace as `file` before it is opened: a few
//              sentences of our own, to show a feature no public-domain sample has (a fraction)
//   statusPopup { counts, expect }: check the coloured status-bar count of each kind in `counts`,
//              hover over the language status ({}) and wait for Policy Lens's row holding `expect`;
//              the pop-up must lie inside the window
//   quickFix   { text, expect }: click into the first visible `text`, press Ctrl+. and wait for the
//              quick fix menu holding `expect`
//   settingsUi { query, first, options }: open the Settings editor, search `query`, check its rows
//              start with the titles in `first` (in order) and the first dropdown offers `options`
//   requires   repo-relative files the feature lives in: the shot is skipped until they exist
//   inTest     also run it in `npm test` (saved to test-output/, not media/)

const SPORTS = 'guobanfa-2018-121-tiyu-jingsai.policy.txt';
const TAX = 'guofa-2018-41-zhuanxiang-kouchu.policy.txt';
// A highlight drawn in the editor: VS Code renders an extension's decoration types as ced-* elements
// (backgrounds and borders in the overlay layer).
const DECORATED = '.monaco-editor .view-overlays [class*="ced-"]';
/** Sentences written for the screenshots (not a real document): a fraction, a range and a bound. */
const FRACTIONS_DEMO = [
  '示例：分数、区间与下限（截图用，非真实文件）',
  '',
  '全县三分之一以上的行政村建成数字化服务站，五分之二的乡镇实现政务服务“一网通办”。',
  '',
  '全年经济增长预期目标为4.5%—5%，新增就业1200万人以上。',
  '',
].join('\n');

export const SHOTS = [
  {
    name: 'outline',
    file: SPORTS,
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    outline: { expect: ['国务院办公厅关于加快发展体育竞赛表演产业的指导意见', '一、总体要求', '二、丰富赛事活动，完善赛事体系'] },
    inTest: true,
  },
  {
    name: 'hover-number',
    file: SPORTS,
    reveal: '2万亿元',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    hover: { text: '2万亿元', expect: '2' },
    requires: ['src/extension/hoverProvider.ts'],
    inTest: true,
  },
  {
    name: 'highlights-dark',
    file: SPORTS,
    reveal: '2万亿元',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    waitFor: DECORATED,
    requires: ['src/extension/decorations.ts'],
  },
  {
    name: 'highlights-light',
    file: SPORTS,
    reveal: '2万亿元',
    settings: { 'workbench.colorTheme': 'Default Light Modern' },
    waitFor: DECORATED,
    requires: ['src/extension/decorations.ts'],
  },
  {
    name: 'hover-date',
    file: TAX,
    reveal: '2019年1月1日',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    hover: { text: '2019年1月1日', expect: '2019' },
    requires: ['src/extension/hoverProvider.ts'],
  },
  {
    // Chinese explanations; the workbench itself stays English unless a language pack is installed.
    name: 'hover-target',
    file: SPORTS,
    reveal: '到2025年',
    locale: 'zh-cn',
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'policyLens.explanationLanguage': 'zh-cn' },
    hover: { text: '2万亿元', expect: '2025' },
    requires: ['src/extension/hoverProvider.ts'],
  },
  {
    // Compare Targets… on the folder of the shipped work reports: the ledger of six years.
    name: 'ledger',
    file: 'work-reports/gzbg-2026.txt',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    command: 'Policy Lens: Compare Targets',
    pick: 'Documents in the folder work-reports',
    before: ['View: Toggle Primary Side Bar Visibility'],
    then: ['View: Toggle Maximize Editor Group'],
    webview: { expect: '国内生产总值增长' },
    requires: ['src/extension/ledger/panel.ts'],
    inTest: true,
  },
  {
    // A PDF opened as policy text (double-click's editor, through Quick Open): the outline, and the
    // hover over a target naming its page. The PDF is made from a public-domain State Council text.
    name: 'pdf-page-hover',
    file: 'running-header.pdf',
    copy: ['test/fixtures/import/running-header.pdf'],
    text: 'test/fixtures/import/running-header.pdf.txt',
    reveal: '到2022年',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    outline: { expect: ['国务院办公厅关于推进政务新媒体健康有序发展的意见', '一、总体要求', '（二）工作目标'] },
    hover: { text: '到2022年', expect: 'p\\. 2 · running-header\\.pdf' },
    requires: ['src/extension/import/index.ts'],
    inTest: true,
  },
  {
    name: 'hover-fraction',
    file: 'demo-fractions.policy.txt',
    content: FRACTIONS_DEMO,
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'policyLens.explanationLanguage': 'en' },
    hover: { text: '三分之一以上', expect: 'one third' },
    requires: ['src/core/explainNumber.ts'],
    inTest: true,
  },
  {
    name: 'status-legend',
    file: SPORTS,
    reveal: '2万亿元',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    waitFor: DECORATED,
    statusPopup: { counts: ['number', 'date', 'target', 'term'], expect: 'document date' },
    requires: ['src/extension/statusCounts.ts'],
    inTest: true,
  },
  {
    name: 'quick-fix',
    file: SPORTS,
    reveal: '2万亿元',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    waitFor: DECORATED,
    quickFix: { text: '2万亿元', expect: 'Not a number here' },
    requires: ['src/extension/ignoreList.ts'],
    inTest: true,
  },
  {
    name: 'settings',
    file: SPORTS,
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    settingsUi: {
      query: '@ext:policy-lens.policy-lens',
      first: ['Explanation Language', 'Numbers', 'Dates', 'Targets', 'Terms', 'Inlay Hints'],
      options: ['Auto (display language)', 'English', '简体中文 (Simplified Chinese)'],
    },
    inTest: true,
  },
  {
    name: 'targets-view',
    file: SPORTS,
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    command: 'Explorer: Focus on Targets & Deadlines View',
    waitFor: '.pane:has(.pane-header:has-text("Targets & Deadlines")) .pane-body .monaco-list-row',
    requires: ['src/extension/targetsView.ts'],
  },
];
