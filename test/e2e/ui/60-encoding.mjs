// UI: a GBK plan with a name like any text file opens as UTF-8 (VS Code guesses no encodings by
// default): one notification, with the action that reopens it in GB18030; clicking it shows the text
// decoded and in Work Plan mode (screenshots before and after).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, openFile, screenshot, statusBarLanguage, until } from '../harness.mjs';

const iconv = createRequire(path.join(ROOT, 'package.json'))('iconv-lite');
const SEED = fs.readFileSync(path.join(ROOT, 'seeds/001_e81bf96dd70a4f83.txt'), 'utf8');
const NAME = 'gbk-plan-ui.txt';

const toasts = (page) => page.locator('.notifications-toasts .notification-toast').allInnerTexts();

export const checks = [
  {
    name: 'a GBK plan read as UTF-8: one notification, its action reopens it decoded',
    files: [{ name: NAME, text: iconv.encode(SEED, 'gbk') }],
    async run(page) {
      await openFile(page, NAME);
      const shown = await until(
        () => toasts(page),
        (t) => t.some((x) => x.includes('GB18030')),
        30_000,
      );
      await screenshot(page, 'encoding-gbk-message.png');
      if (shown.length !== 1) throw new Error(`${shown.length} notifications: ${JSON.stringify(shown)}`);
      await page.locator('.notification-toast .monaco-button', { hasText: 'Reopen as GB18030' }).click();
      const first = SEED.split('\n')[0].trim();
      const text = await until(
        () => page.locator('.editor-instance .view-lines').innerText(),
        (t) => t.includes(first),
        30_000,
      );
      if (!text.includes(first)) throw new Error(`the editor does not show ${first}: ${text.slice(0, 200)}`);
      const mode = await until(
        () => statusBarLanguage(page),
        (t) => /^(Work Plan|工作计划)$/.test(t),
        30_000,
      );
      await screenshot(page, 'encoding-gbk-reopened.png');
      if (!/^(Work Plan|工作计划)$/.test(mode)) throw new Error(`language mode after reopening: ${mode}`);
      const after = (await toasts(page)).filter((t) => /GB18030|encoding|编码/.test(t));
      if (after.length) throw new Error(`encoding notifications after reopening: ${JSON.stringify(after)}`);
    },
  },
];
