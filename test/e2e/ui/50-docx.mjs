// UI: a Word plan whose headings are Word's automatic numbering opens in the extension's page
// (it says what the import found), then as a read-only Work Plan document: status bar Work Plan,
// the Outline shows the numbers written out (screenshots docx-page.png and docx-plan.png).
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, outlineRows, runCommand, screenshot, statusBarLanguage, until } from '../harness.mjs';

const require = createRequire(import.meta.url);
// The tests' own .docx builder (test/unit/docxBuild.ts, bundled by npm run build).
const { buildDocx, documentXml, lvl, numberingXml, p } = require(path.join(ROOT, 'out/test/unit/docxBuild.js'));

const NAME = '2025年商务工作要点.docx';
const NOTHING = '<w:suff w:val="nothing"/>';
const bytes = buildDocx({
  numbering: numberingXml(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', 1, NOTHING)}${lvl(1, 'chineseCounting', '（%2）', 1, NOTHING)}${lvl(2, 'decimal', '%3.', 1, NOTHING)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  ),
  document: documentXml(
    [
      p('2025年商务工作要点'),
      p('总体要求', { num: [1, 0] }),
      p('指导思想', { num: [1, 1] }),
      p('坚持稳中求进工作总基调，全年外贸进出口增长5%。', { num: [1, 2] }),
      p('重点任务', { num: [1, 0] }),
      p('稳外贸', { num: [1, 1] }),
      p('稳外资', { num: [1, 1] }),
    ].join(''),
  ),
});

/** The text of the webview that shows `needle` (webviews are nested frames). */
async function webviewText(page, needle) {
  for (const f of page.frames()) {
    const t = await f.evaluate(() => globalThis.document?.body?.innerText ?? '').catch(() => '');
    if (t.includes(needle)) return t;
  }
  return '';
}

export const checks = [
  {
    name: 'a .docx with automatic numbering: the page offers to open it, the plan view has the numbers in its Outline',
    files: [{ name: NAME, text: bytes }],
    async run(page) {
      await page.click('.monaco-workbench .part.editor');
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type(NAME);
      await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${NAME}"]`, { timeout: 20_000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${NAME}"]`, { timeout: 30_000 });
      const text = await until(
        () => webviewText(page, 'automatic numbers'),
        (t) => t.length > 0,
        40_000,
      );
      if (!/7 paragraphs, 6 automatic numbers written out/.test(text)) throw new Error(`page says ${JSON.stringify(text.slice(0, 300))}`);
      if (!text.includes('一、总体要求') || !text.includes('Open as a work plan'))
        throw new Error(`page lacks the preview or the offer: ${JSON.stringify(text.slice(0, 400))}`);
      await screenshot(page, 'docx-page.png');
      await runCommand(page, 'Workplan: Open Word document as a work plan (read-only)');
      const mode = await until(
        () => statusBarLanguage(page),
        (t) => /^(Work Plan|工作计划)$/.test(t),
        30_000,
      );
      if (!/^(Work Plan|工作计划)$/.test(mode)) throw new Error(`language mode is ${JSON.stringify(mode)}`);
      await runCommand(page, 'Explorer: Focus on Outline View');
      const want = ['一、总体要求', '（一）指导思想', '1.坚持稳中求进工作总基调，全年外贸进出口增长5%'];
      const rows = await until(
        () => outlineRows(page),
        (r) => JSON.stringify(r.slice(0, 3).map((x) => x.label)) === JSON.stringify(want),
        30_000,
      );
      await screenshot(page, 'docx-plan.png');
      const got = rows.slice(0, 3).map((x) => x.label);
      if (JSON.stringify(got) !== JSON.stringify(want))
        throw new Error(`outline rows ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    },
  },
];
