// UI: the Targets view, in the Work Plan view container of the activity bar, lists seed 002's targets
// grouped by section, and a report's review figures as baselines (screenshots).
import { openFile, runCommand, screenshot, until } from '../harness.mjs';

const SEED = '002_f30a71d086892b2f.txt';

/** Visible rows of the Targets view: label and tree level. */
function targetRows(page) {
  return page.$$eval('.pane:has(.pane-header[aria-label*="Targets"]) .monaco-list-row', (rows) =>
    rows.map((r) => ({
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
      level: Number(r.getAttribute('aria-level')),
    })),
  );
}

export const checks = [
  {
    name: 'seed 002: the Targets view lists 8.7亿美元 and its parts',
    async run(page) {
      await openFile(page, SEED);
      await runCommand(page, 'Work Plan: Focus on Targets View');
      const rows = await until(
        () => targetRows(page),
        (r) => r.some((x) => x.label.includes('3.5亿美元')) && r.some((x) => x.label.includes('400亿元')),
      );
      await screenshot(page, 'targets-002.png');
      // A usable place: the view has the height of the side bar, not one line.
      const height = await page.$eval('.pane:has(.pane-header[aria-label*="Targets"]) .pane-body', (e) => e.getBoundingClientRect().height);
      if (height < 300) throw new Error(`the Targets view is ${height}px high`);
      const labels = rows.map((r) => r.label);
      for (const want of ['外贸进出口总额 8.7亿美元', '出口 5.2亿美元', '进口 3.5亿美元']) {
        if (!labels.includes(want)) throw new Error(`no row ${want} in ${JSON.stringify(labels)}`);
      }
      const total = rows.find((r) => r.label === '外贸进出口总额 8.7亿美元');
      if (!(total.level > 1)) throw new Error(`the target is not under a section: ${JSON.stringify(rows.slice(0, 6))}`);
    },
  },
  {
    name: 'a report: the review figures are baselines, the plan figures targets',
    async run(page) {
      await openFile(page, 'report-with-review.txt');
      await runCommand(page, 'Work Plan: Focus on Targets View');
      const rows = await until(
        () => targetRows(page),
        (r) => r.some((x) => x.label.includes('6281万亩')) && r.some((x) => x.label.includes('12家')),
      );
      await screenshot(page, 'targets-review.png');
      const row = (text) => rows.find((r) => r.label.includes(text));
      for (const text of ['6281万亩', '5.2万人', '5.5%']) {
        if (!/baseline|基数/.test(row(text)?.description ?? ''))
          throw new Error(`${text} is not shown as a baseline: ${JSON.stringify(rows)}`);
      }
      for (const text of ['5个', '12家']) {
        if (/baseline|基数/.test(row(text)?.description ?? '')) throw new Error(`${text} is shown as a baseline: ${JSON.stringify(rows)}`);
      }
    },
  },
];
