// Real documents in the forms they arrive in, seen in the real editor (code-server): a raw HTML
// body (shared corpus 016), a plan whose line breaks were lost, a scrape with markers alone on
// their lines, a plan numbered by labels (`行动1：`, `——任务1：`) — each with its Outline — a GBK file opened as UTF-8 (one encoding message), and
// the 公文 consistency checks in the Problems panel. Screenshots: test-output/forms-*.png.
// Run: node test/e2e/walk/forms.mjs [en|zh-cn]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSession, workbenchReady, openFile, screenshot, until, runCommand, outlineRows, ROOT, log } from '../harness.mjs';

const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const FILES = [
  { name: 'html-016-国务院实施方案.txt', text: read('../shared/corpus/016.txt') },
  { name: 'one-line-工作方案.txt', text: read('test/fixtures/forms/one-line.txt') },
  { name: 'split-marker-工作要点.txt', text: read('test/fixtures/forms/split-marker.txt') },
  {
    name: 'consistency-工作要点.txt',
    text:
      read('test/fixtures/consistency/count-mismatch.txt').replace(/^%%.*\n/gm, '') +
      read('test/fixtures/consistency/document-number.txt').replace(/^%%.*\n/gm, ''),
  },
  // Labelled markers `行动N：` / `——任务N：` (blind form 300), a Markdown copy of a Shanghai page.
  { name: 'labelled-行动方案.md', text: read('test/corpus/594-shanghai-2026-chengshigengxin-guihuaziyuan-xingdongfangan.md') },
];

async function walk(lang) {
  const session = await startSession({ displayLanguage: lang, locale: lang === 'zh-cn' ? 'zh-CN' : 'en-US', files: FILES });
  // A GBK file, as a bureau's old plan arrives (bytes written here, not through `files`).
  const iconv = (await import('iconv-lite')).default;
  fs.writeFileSync(path.join(session.ws, 'gbk-2007年工作计划.txt'), iconv.encode(read('seeds/002_f30a71d086892b2f.txt'), 'gbk'));
  let page;
  try {
    page = await session.open([['extensionDevelopmentPath', session.remote(ROOT)]]);
    await workbenchReady(page);
    for (const [file, shot] of [
      [FILES[0].name, 'html'],
      [FILES[1].name, 'one-line'],
      [FILES[2].name, 'split-marker'],
      [FILES[4].name, 'labelled'],
    ]) {
      await openFile(page, file);
      await runCommand(page, 'Explorer: Focus on Outline View');
      const rows = await until(
        () => outlineRows(page),
        (r) => r.length >= 3,
        30_000,
      );
      log(
        shot,
        rows.length,
        'outline rows:',
        rows
          .slice(0, 6)
          .map((r) => r.label ?? r)
          .join(' | '),
      );
      await screenshot(page, `forms-${lang}-${shot}.png`);
    }
    await openFile(page, FILES[3].name);
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
    await screenshot(page, `forms-${lang}-consistency-problems.png`);
    await openFile(page, 'gbk-2007年工作计划.txt');
    await page
      .locator('.notification-toast')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => {});
    log('notifications:', (await page.locator('.notification-toast').allInnerTexts()).join(' || '));
    await screenshot(page, `forms-${lang}-gbk.png`);
  } finally {
    await session.close();
  }
}

for (const lang of process.argv[2] ? [process.argv[2]] : ['en', 'zh-cn']) await walk(lang);
