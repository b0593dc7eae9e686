// The drafter's day, walked in the real editor (code-server) in English and in Chinese, with a
// screenshot of each step in test-output/day-<lang>-*.png: fill in next year's draft (Tab, type),
// compare with last year (partly filled), export the targets to a CSV file, the Targets view, and a
// Markdown plan with its preview and Problems. Run: node test/e2e/walk/day.mjs [en|zh-cn]
import { startSession, workbenchReady, openFile, screenshot, until, runCommand, ROOT, log } from '../harness.mjs';

const SEED = '002_f30a71d086892b2f.txt';
const MD = 'md-plan-2025工作要点.md';
const MD_TEXT = [
  '# 某市商务局2025年工作要点',
  '',
  '为做好全年商务工作，制定本要点。',
  '',
  '## 一、稳住外贸基本盘',
  '',
  '**（一）培育外贸主体。** 全年新增外贸企业50家，外贸进出口增长5%。',
  '',
  '## 二、扩大消费',
  '',
  '## 四、优化营商环境',
  '',
].join('\n');
const TASKS = 'tasks-分工方案.txt';
const TASKS_TEXT = [
  '某区商务局2025年重点工作任务分工方案',
  '一、稳外贸',
  '1.推进外贸稳规模。落实稳外贸政策（牵头单位：区商务局；责任单位：区财政局、各街道；完成时限：2025年12月底前）。',
  '2.培育外贸主体。支持企业开拓市场（区商务局牵头，区市场监管局、区税务局配合）。',
  '二、促消费',
  '1.打造特色商圈。推进步行街改造提升（牵头单位：区文旅局；责任单位：区商务局、区住建委；完成时限：2025年9月底前）。',
  '',
].join('\n');
const WORDS = {
  en: {
    draft: "Workplan: Draft next year's plan",
    compare: 'Workplan: Compare targets with',
    export: 'Workplan: Export targets',
    csv: 'CSV',
    targets: 'Work Plan: Focus on Targets View',
    tasks: 'Work Plan: Focus on Tasks View',
    mode: 'Work Plan',
  },
  'zh-cn': {
    draft: '工作计划: 起草下一年度计划',
    compare: '工作计划: 对比目标',
    export: '工作计划: 导出目标数值',
    csv: 'CSV',
    targets: '工作计划: Focus on 目标数值',
    tasks: '工作计划: Focus on 任务分工',
    mode: '工作计划',
  },
};

async function walk(lang) {
  const w = WORDS[lang];
  const session = await startSession({
    displayLanguage: lang,
    locale: lang === 'zh-cn' ? 'zh-CN' : 'en-US',
    files: [
      { name: MD, text: MD_TEXT },
      { name: TASKS, text: TASKS_TEXT },
    ],
  });
  const shot = (n) => screenshot(page, `day-${lang}-${n}.png`);
  let page;
  try {
    page = await session.open([['extensionDevelopmentPath', session.remote(ROOT)]]);
    await workbenchReady(page);
    await openFile(page, SEED);
    await until(
      () =>
        page
          .locator('#status\\.editor\\.mode')
          .innerText()
          .catch(() => ''),
      (t) => t.includes(w.mode),
      30_000,
    );

    // 1. Draft next year's plan, Tab to the first value, type it.
    await runCommand(page, w.draft);
    await page.waitForSelector('.tabs-container .tab.active[aria-label*="-2008.txt"]', { timeout: 30_000 });
    // The draft opens with its first value selected: type it, Tab to the next, type that too (at a
    // person's pace: each step waits until the editor shows the selection the extension made).
    const selection = () =>
      page
        .locator('#status\\.editor\\.selection')
        .innerText()
        .catch(() => '');
    const selected = () => until(selection, (t) => /selected|选/.test(t), 20_000);
    const typeValue = async (v) => {
      await page.keyboard.type(v);
      await page.keyboard.press('Escape');
      await until(selection, (t) => !/selected|选/.test(t), 10_000);
    };
    const tabToNext = async () => {
      const before = await selection();
      await page.keyboard.press('Tab');
      await until(selection, (t) => t !== before && /selected|选/.test(t), 10_000);
    };
    await selected();
    await typeValue('9.5');
    await tabToNext();
    await typeValue('18');
    await tabToNext();
    const filled = await until(
      () => page.locator('.editor-instance .view-lines').innerText(),
      (t) => t.includes('实现9.5亿美元') && t.includes('增长18%'),
      10_000,
    );
    if (!filled.includes('实现9.5亿美元，增长18%')) throw new Error('the values were not filled in');
    await shot('1-fill-in');

    // 2. Compare with last year's plan: one value filled in, the others still to fill in.
    await runCommand(page, w.compare);
    const input = page.locator('.quick-input-widget input');
    await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="呼和浩特市商务局2007年工作要点"]', { timeout: 30_000 });
    await shot('2a-compare-picker');
    await input.fill('呼和浩特市商务局2007');
    await page.keyboard.press('Enter');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
    await shot('2-compare-partly-filled');

    // 3. Export the targets of the draft to a CSV file (save dialog), opened as a file.
    await page.locator('.tabs-container .tab[aria-label*="-2008.txt"]').first().click();
    await runCommand(page, w.export);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${w.csv}"]`, { timeout: 20_000 });
    await input.fill(w.csv);
    await page.keyboard.press('Enter');
    // The save dialog proposes a file name beside the plan; accept it.
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 20_000 });
    log('save dialog proposes', await input.inputValue());
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tabs-container .tab.active[aria-label*=".csv"]', { timeout: 30_000 });
    await shot('3-export-csv');

    // 4. The Targets view of seed 002.
    await openFile(page, SEED);
    await runCommand(page, w.targets);
    await until(
      () =>
        page.$$eval('.pane:has(.pane-header[aria-label*="Targets"], .pane-header[aria-label*="目标"]) .monaco-list-row', (r) => r.length),
      (n) => n > 3,
      20_000,
    ).catch(() => 0);
    await shot('4-targets-view');

    // 4b. The Tasks view of a 分工方案.
    await openFile(page, TASKS);
    await runCommand(page, w.tasks);
    await shot('4b-tasks-view');

    // 5. A Markdown plan: Markdown preview beside, the plan's problems in the Problems panel.
    await openFile(page, MD);
    await runCommand(page, 'Markdown: Open Preview to the Side');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 20_000 });
    await shot('5-markdown-plan');
  } catch (e) {
    if (page) await shot('failed').catch(() => {});
    throw e;
  } finally {
    await session.close();
  }
}

const langs = process.argv[2] ? [process.argv[2]] : ['en', 'zh-cn'];
for (const lang of langs) {
  log(`walking the drafter's day in ${lang}`);
  await walk(lang);
}
