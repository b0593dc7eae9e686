/** Export to Word (GB/T 9704 layout) and the round trip import(export(text)) on every real document. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { exportDocx, CHAR_SPACE, LINE_PITCH, FONTS } from '../../server/src/core/docx/export';
import { importDocx } from '../../server/src/core/docx/import';
import { layoutPlan } from '../../server/src/core/docx/layout';
import { outlineItems } from '../../server/src/core/model/outline';
import { parseDocument } from '../../server/src/core/model/parse';
import { realDocuments } from './realDocuments';

const outline = (text: string) => outlineItems(parseDocument(text)).map((i) => `${i.kind} ${i.depth} ${i.marker}${i.title}`);
const nonBlankLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l);

const PLAN = [
  '关于印发2025年商务工作要点的通知',
  '',
  '　　各区商务局：现将《2025年商务工作要点》印发给你们，请认真贯彻落实。',
  '一、总体要求',
  '（一）指导思想。坚持稳中求进工作总基调。',
  '1.稳外贸。全年外贸进出口增长5%。',
  '（1）培育新业态\t跨境电商',
  '二、重点任务',
  '附件：1.重点任务分工表',
  '2.重点项目清单',
  '',
  '某某市商务局',
  '2025年1月15日',
  '附件1',
  '重点任务分工表',
  '序号\t重点任务\t牵头单位',
  '1\t稳外贸\t市商务局',
  '附件2',
  '重点项目清单',
  '一、续建项目',
].join('\n');

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe('docx export', () => {
  it('lays out each line by its role', () => {
    const roles = layoutPlan(PLAN).map((b) => `${b.role}${b.depth ? b.depth : ''} ${b.text}`);
    assert.deepEqual(roles, [
      'title 关于印发2025年商务工作要点的通知',
      'body 各区商务局：现将《2025年商务工作要点》印发给你们，请认真贯彻落实。',
      'heading1 一、总体要求',
      'heading2 （一）指导思想。坚持稳中求进工作总基调。',
      'heading3 1.稳外贸。全年外贸进出口增长5%。',
      'heading4 （1）培育新业态\t跨境电商',
      'heading1 二、重点任务',
      'attachmentNote 附件：1.重点任务分工表',
      'attachmentNoteItem 2.重点项目清单',
      'signature 某某市商务局',
      'date 2025年1月15日',
      'attachmentLabel 附件1',
      'attachmentTitle 重点任务分工表',
      'tableRow 序号\t重点任务\t牵头单位',
      'tableRow 1\t稳外贸\t市商务局',
      'attachmentLabel 附件2',
      'attachmentTitle 重点项目清单',
      'heading1 一、续建项目',
    ]);
  });

  it('page, margins, grid, fonts on all four attributes, odd/even page numbers', async () => {
    const p = parts(await exportDocx(PLAN));
    const doc = p['word/document.xml'];
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.equal(LINE_PITCH, 579);
    assert.equal(CHAR_SPACE, -842);
    // A line grid of 22 lines, and characters condensed by 0.25 pt so that 28 fit a line.
    assert.match(doc, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    assert.match(p['word/styles.xml'], /w:styleId="Normal"[^]*?<w:spacing w:val="-5"\/>[^]*?<\/w:style>/);
    // Every w:rFonts names one font on ascii, hAnsi, eastAsia and cs.
    const fonts = [...(doc + p['word/styles.xml']).matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
    assert.ok(fonts.length > 20);
    for (const f of fonts) {
      const names = ['ascii', 'hAnsi', 'eastAsia', 'cs'].map((a) => new RegExp(`w:${a}="([^"]*)"`).exec(f)?.[1]);
      assert.ok(
        names.every((n) => n && n === names[0]),
        f,
      );
    }
    // Title 2号 小标宋 centred; level 1 黑体, level 2 楷体, levels 3–4 仿宋; body 3号 仿宋 indented two characters.
    const para = (text: string) => [...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]).find((x) => x.includes(text)) ?? '';
    assert.match(para('工作要点的通知'), /<w:jc w:val="center"\/>.*w:eastAsia="方正小标宋简体".*<w:sz w:val="44"\/>/);
    assert.match(para('总体要求'), /w:firstLineChars="200".*w:eastAsia="黑体".*<w:sz w:val="32"\/>/);
    assert.match(para('指导思想'), /w:eastAsia="楷体_GB2312"[^]*坚持稳中求进/);
    // A run-in heading: the heading in its level's font, the rest of the line in the body font.
    assert.match(para('指导思想'), /楷体_GB2312.*（一）指导思想<\/w:t>.*仿宋_GB2312.*。坚持稳中求进/);
    assert.match(para('稳外贸'), /w:eastAsia="仿宋_GB2312".*1\.稳外贸<\/w:t>/);
    // A lone line with a tab stays a paragraph; rows of equal cells become a Word table.
    assert.match(para('培育新业态'), /<w:tab\/>/);
    const tables = [...doc.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((m) => m[1]);
    assert.equal(tables.length, 1);
    assert.equal([...tables[0].matchAll(/<w:tr>/g)].length, 2);
    assert.equal([...tables[0].matchAll(/<w:tc>/g)].length, 6);
    assert.match(tables[0], /<w:t xml:space="preserve">牵头单位<\/w:t>/);
    assert.match(para('各区商务局'), /w:firstLine="640" w:firstLineChars="200"\/><w:jc w:val="both"\/>/);
    // Attachments on new pages, 附件1 in 黑体; signature and date at the right.
    assert.match(para('附件1'), /<w:pageBreakBefore\/>.*黑体/);
    assert.match(para('附件2'), /<w:pageBreakBefore\/>/);
    assert.doesNotMatch(para('附件：1.'), /pageBreakBefore/);
    assert.match(para('2025年1月15日'), /<w:ind w:right="1280"\/>.*<w:jc w:val="right"\/>/);
    assert.match(para('某某市商务局'), /<w:jc w:val="right"\/>/);
    // Page numbers: odd pages right, even pages left, 4号 宋体, — 1 —.
    assert.match(p['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
    const rels = p['word/_rels/document.xml.rels'];
    const footer = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
      return p['word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]];
    };
    assert.match(footer('default'), /<w:jc w:val="right"\/>.*w:eastAsia="宋体".*<w:sz w:val="28"\/>.*— .*PAGE.* —/);
    assert.match(footer('even'), /<w:jc w:val="left"\/>.*PAGE/);
    // Fallback names for the fonts a machine may lack.
    assert.match(p['word/fontTable.xml'], /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    assert.match(p['word/styles.xml'], /w:styleId="Normal"[^]*?<w:rFonts w:ascii="仿宋_GB2312"[^]*?<w:sz w:val="32"\/>[^]*?<\/w:style>/);
    assert.ok(FONTS.title === '方正小标宋简体');
  });

  it("characterGrid: the grid of lines and characters of Word's 公文 templates, nothing condensed", async () => {
    const p = parts(await exportDocx(PLAN, { characterGrid: true }));
    assert.match(p['word/document.xml'], /<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"\/>/);
    assert.doesNotMatch(p['word/styles.xml'], /<w:spacing w:val="-5"\/>/);
  });

  it('发文机关标志 and 发文字号, red, above the title', async () => {
    const doc = parts(await exportDocx(PLAN, { issuer: '某某市商务局文件', docNumber: '某商发〔2025〕3号' }))['word/document.xml'];
    const at = (s: string) => doc.indexOf(s);
    assert.ok(
      at('某某市商务局文件') > 0 && at('某某市商务局文件') < at('某商发〔2025〕3号') && at('某商发〔2025〕3号') < at('工作要点的通知'),
    );
    assert.match(doc, /<w:color w:val="FF0000"\/>.*某某市商务局文件/);
    assert.match(doc, /<w:bottom w:val="single" w:color="FF0000"/);
  });

  it('nothing of the text changes: characters XML cannot hold are the only ones left out', async () => {
    const text = '标题\n一、A&B <c> "d" \'e\'\u0001\n';
    assert.equal(importDocx(await exportDocx(text)).text, '标题\n一、A&B <c> "d" \'e\'\n');
    // A table comes back as its rows.
    assert.match(importDocx(await exportDocx(PLAN)).text, /\n序号\t重点任务\t牵头单位\n1\t稳外贸\t市商务局\n/);
  });

  describe('round trip: import(export(text)) keeps the outline and the text (modulo whitespace)', () => {
    const collected = path.join(__dirname, '../../../test/corpus');
    const more = fs.existsSync(collected)
      ? fs
          .readdirSync(collected)
          .filter((f) => /\.(txt|md|html)$/.test(f))
          .sort()
          .map((f) => ({ name: `test/corpus/${f}`, text: fs.readFileSync(path.join(collected, f), 'utf8') }))
      : [];
    for (const { name, text } of [...realDocuments(), ...more]) {
      it(name, async () => {
        const back = importDocx(await exportDocx(text)).text;
        assert.deepEqual(nonBlankLines(back), nonBlankLines(text));
        assert.deepEqual(outline(back), outline(text));
      });
    }
  });
});
