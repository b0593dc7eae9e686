// UI: seed 000 opens in Work Plan mode and the Outline view shows its headings (screenshot).
import { openFile, runCommand, screenshot, until } from '../harness.mjs';

const SEED = '000_86ad72312f1b257b.txt';

export const checks = [
  {
    name: 'Outline view shows seed 000 headings',
    async run(page) {
      await openFile(page, SEED);
      const mode = await until(() => page.locator('#status\\.editor\\.mode').innerText().catch(() => ''), (t) => /Work Plan|工作计划/.test(t));
      if (!/Work Plan|工作计划/.test(mode)) throw new Error(`language mode is ${JSON.stringify(mode)}`);
      await runCommand(page, 'Explorer: Focus on Outline View');
      const read = () => page.$$eval('.outline-pane .monaco-list-row', (rows) => rows.map((r) => (r.querySelector('.label-name')?.textContent ?? '').trim()));
      const rows = await until(read, (r) => r.length > 3 && r[0] === '（一）关于外贸工作');
      const want = ['（一）关于外贸工作', '1、抓好抓实四个重点', '（1）抓好进出口1亿美元以上和出口5000万美元以上的重点州市'];
      if (JSON.stringify(rows.slice(0, 3)) !== JSON.stringify(want)) throw new Error(`outline rows ${JSON.stringify(rows.slice(0, 6))}`);
      await screenshot(page, 'outline-000.png');
    },
  },
];
