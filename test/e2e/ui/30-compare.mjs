// UI: "Compare targets with…" on an edited copy of seed 002, picking seed 002 in the quick pick:
// the webview table shows 8.7亿美元 → 9.5亿美元 (screenshot test-output/compare.png), and clicking
// last year's value opens seed 002.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, openFile, screenshot, until } from '../harness.mjs';

const SEED = '002_f30a71d086892b2f.txt';
const EDITED = '呼和浩特市商务局2008年工作要点.txt';

/** Seed 002 as next year's plan might be written (the same edits as the unit and suite tests). */
function editedCopy() {
  let text = fs.readFileSync(path.join(ROOT, 'seeds', SEED), 'utf8');
  for (const [from, to] of [
    ['2007年工作要点', '2008年工作要点'],
    ['实现8.7亿美元', '实现9.5亿美元'],
    ['争取2个以上外经项目得以实现，', ''],
    ['推进“走出去”战略有效实施。\n三、', '新批境外投资企业10家，推进“走出去”战略有效实施。\n三、'],
  ]) {
    if (!text.includes(from)) throw new Error(`seed 002 has no ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

export const checks = [
  {
    name: 'compare seed 002 with an edited copy: webview table, click jumps to last year’s plan',
    files: [{ name: EDITED, text: editedCopy() }],
    async run(page) {
      await openFile(page, EDITED);
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill('>Compare targets with');
      await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Compare targets with"]', { timeout: 20_000 });
      await page.keyboard.press('Enter');
      // The command's own quick pick of workspace plans.
      await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${SEED}"]`, { timeout: 30_000 });
      await input.fill('002_f30a');
      await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${SEED}"]`, { timeout: 10_000 });
      await page.keyboard.press('Enter');

      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
      const rows = await until(
        () => frame.locator('table tbody tr').allInnerTexts(),
        (r) => r.some((x) => x.includes('9.5亿美元')),
      );
      await screenshot(page, 'compare.png');
      const changed = rows.find((r) => r.includes('8.7亿美元') && r.includes('9.5亿美元'));
      if (!changed || !/\+0\.8亿美元/.test(changed)) throw new Error(`no 8.7 → 9.5 row with +0.8亿美元 in ${JSON.stringify(rows)}`);
      if (!rows.some((r) => r.includes('2个以上') && /dropped|本年未列/.test(r)))
        throw new Error(`the dropped target is not marked: ${JSON.stringify(rows)}`);
      if (!rows.some((r) => r.includes('10家') && /new|新增/.test(r)))
        throw new Error(`the new target is not marked: ${JSON.stringify(rows)}`);

      await frame.locator('a', { hasText: '8.7亿美元' }).click();
      await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${SEED}"]`, { timeout: 20_000 });
    },
  },
];
