// UI: the suggest widget on an empty line after （二） offers （三） first (screenshot).
import { openFile, screenshot, until } from '../harness.mjs';

const NAME = 'completion-ui-2025工作要点.txt';

export const checks = [
  {
    name: 'completion list offers （三） after （二）',
    files: [
      {
        name: NAME,
        text: '某市商务局2025年工作要点\n一、重点任务\n（一）稳外贸\n（二）促消费\n\n二、保障措施\n（一）加强组织领导\n（二）强化督促检查\n',
      },
    ],
    async run(page) {
      await openFile(page, NAME);
      await until(
        () =>
          page
            .locator('#status\\.editor\\.mode')
            .innerText()
            .catch(() => ''),
        (t) => /Work Plan|工作计划/.test(t),
      );
      // Cursor to the empty line 5: Ctrl+Home, then four lines down.
      await page.click('.editor-instance .monaco-editor .view-lines');
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Control+Space');
      const read = () =>
        page.$$eval('.suggest-widget .monaco-list-row', (rows) =>
          rows.map((r) => (r.getAttribute('aria-label') ?? r.textContent ?? '').trim()),
        );
      const rows = await until(read, (r) => r.length > 0, 20_000);
      await screenshot(page, 'completion.png');
      if (!rows.length || !rows[0].startsWith('（三）')) throw new Error(`first suggestion ${JSON.stringify(rows.slice(0, 4))}`);
      await page.keyboard.press('Escape');
    },
  },
];
