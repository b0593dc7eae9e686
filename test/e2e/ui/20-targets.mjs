// UI: the Targets view, in the Work Plan view container of the activity bar, lists seed 002's targets
// grouped by section, and a report's review figures as baselines (screenshots).
import { openFile, runCommand, screenshot, until } from '../harness.mjs';

const SEED = '002_f30a71d086892b2f.txt';
/** A report hard-wrapped every 20 characters: 2.|5亿美元 and 2.5|0% are cut by the wrap. */
const wrap20 = (p) => p.match(/.{1,20}/gu).join('\n');
const WRAPPED = [
  '某县2024年政府工作报告',
  '一、2023年工作回顾',
  wrap20(
    '过去一年，全县经济稳中有进，全县固定资产投资250.3亿元，外贸出口总额达到2.5亿美元，社会消费品零售总额增长6.5%，城镇居民人均可支配收入增长6%。',
  ),
  '二、2024年主要目标',
  wrap20(
    '今年主要预期目标是：全县生产总值增长6%左右，全县现代服务业增加值比重提高2.50%左右，新增市场主体1.5万户，城镇新增就业3000人以上。',
  ),
  '',
].join('\n');

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
  {
    name: 'a hard-wrapped report: a value the wrap cut in two is one row, shown joined, its hover on the second line',
    files: [{ name: 'wrapped-report.txt', text: WRAPPED }],
    async run(page) {
      await openFile(page, 'wrapped-report.txt');
      await runCommand(page, 'Work Plan: Focus on Targets View');
      const rows = await until(
        () => targetRows(page),
        (r) => r.some((x) => x.label.includes('2.5亿美元')) && r.some((x) => x.label.includes('2.50%左右')),
      );
      if (rows.some((r) => r.label.includes('0%左右') && !r.label.includes('2.50%')))
        throw new Error(`a piece of a cut value: ${JSON.stringify(rows)}`);
      // The mouse on 5亿美元 at the start of line 5 (the second half of 2.5亿美元).
      const line = page.locator('.editor-instance .view-lines .view-line').filter({ hasText: '5亿美元，社会' });
      const box = await line.boundingBox();
      await page.mouse.move(box.x + 10, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover-content').filter({ hasText: '亿美元' });
      await hover.first().waitFor({ timeout: 15_000 });
      const text = (await hover.allInnerTexts()).join(' ');
      if (!text.includes('2.5亿美元')) throw new Error(`hover: ${text}`);
      await screenshot(page, 'targets-wrapped.png');
    },
  },
];
