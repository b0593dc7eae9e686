// UI: "Check all plans in the workspace" from the command palette on a workspace with 300 more plans
// (copies of the seeds, none open): a cancellable progress notification counts files done / total,
// then the Problems panel lists the findings of closed files (screenshots of both).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCommand, screenshot, until } from '../harness.mjs';

const toasts = (page) => page.locator('.notifications-toasts .notification-toast').allInnerTexts();

export const checks = [
  {
    name: 'check all plans in the workspace: progress notification, then closed files in the Problems panel',
    async run(page, session) {
      const dir = path.join(session.ws, 'check-ui');
      fs.mkdirSync(dir, { recursive: true });
      const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
      for (let i = 0; i < 300; i++) {
        const seed = seeds[i % seeds.length];
        fs.copyFileSync(path.join(ROOT, 'seeds', seed), path.join(dir, `copy-${String(i).padStart(3, '0')}-${seed}`));
      }
      await runCommand(page, 'Workplan: Check all plans in the workspace');
      const progress = await until(
        () => toasts(page),
        (t) => t.some((x) => /\d+ of \d+ files/.test(x)),
        30_000,
      );
      await screenshot(page, 'check-workspace-progress.png');
      if (!progress.some((x) => /\d+ of \d+ files/.test(x))) throw new Error(`no progress notification: ${JSON.stringify(progress)}`);
      const cancel = page.locator('.notification-toast .monaco-button', { hasText: 'Cancel' });
      if (!(await cancel.count())) throw new Error('the progress notification has no Cancel button');
      const done = await until(
        () => toasts(page),
        (t) => t.some((x) => /files checked: \d+ plans/.test(x)),
        60_000,
      );
      const summary = done.find((x) => /files checked/.test(x));
      if (!summary) throw new Error(`no summary: ${JSON.stringify(done)}`);
      await page.locator('.notification-toast .monaco-button', { hasText: 'Show Problems' }).click();
      // The panel lists thousands of rows (virtualised): its filter shows the copies, none of them open.
      const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
      await filter.fill('copy-00');
      const rows = await until(
        () => page.locator('.markers-panel .monaco-list-row').allInnerTexts(),
        (r) => r.some((x) => /copy-\d{3}-/.test(x)),
        30_000,
      );
      await screenshot(page, 'check-workspace-problems.png');
      if (!rows.some((x) => /copy-\d{3}-/.test(x)))
        throw new Error(`no closed copy in the Problems panel: ${JSON.stringify(rows.slice(0, 5))}`);
    },
  },
];
