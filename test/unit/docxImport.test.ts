/** Import of .docx files built here: automatic numbering written out, tables, revisions, bad input. */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { importDocx, DocxError } from '../../server/src/core/docx/import';
import { formatNumber } from '../../server/src/core/docx/numberFormats';
import { parseDocument } from '../../server/src/core/model/parse';
import { buildDocx, documentXml, lvl, numberingXml, p, stylesXml } from './docxBuild';

const NOTHING = '<w:suff w:val="nothing"/>';

/** The four levels of a 公文 heading list: 一、（一）1.（1）, no tab after the marker. */
const GONGWEN_LEVELS =
  lvl(0, 'chineseCounting', '%1、', 1, NOTHING) +
  lvl(1, 'chineseCounting', '（%2）', 1, NOTHING) +
  lvl(2, 'decimal', '%3.', 1, NOTHING) +
  lvl(3, 'decimal', '（%4）', 1, NOTHING);

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof DocxError, `not a DocxError: ${String(e)}`);
    return e.code;
  }
  assert.fail('no error');
}

describe('docx import', () => {
  it('writes out a four-level 公文 list with restarts under each parent', () => {
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${GONGWEN_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
      document: documentXml(
        [
          p('2024年工作要点'),
          p('总体要求', { num: [1, 0] }),
          p('指导思想', { num: [1, 1] }),
          p('坚持稳中求进', { num: [1, 2] }),
          p('细化一', { num: [1, 3] }),
          p('细化二', { num: [1, 3] }),
          p('突出重点', { num: [1, 2] }),
          p('细化一', { num: [1, 3] }),
          p('工作目标', { num: [1, 1] }),
          p('外贸增长', { num: [1, 2] }),
          p('重点任务', { num: [1, 0] }),
          p('稳外贸', { num: [1, 1] }),
          p('正文段落，不编号。'),
        ].join(''),
      ),
    });
    const r = importDocx(bytes);
    assert.equal(
      r.text,
      '2024年工作要点\n一、总体要求\n（一）指导思想\n1.坚持稳中求进\n（1）细化一\n（2）细化二\n2.突出重点\n（1）细化一\n（二）工作目标\n1.外贸增长\n二、重点任务\n（一）稳外贸\n正文段落，不编号。\n',
    );
    assert.deepEqual(r.stats, { paragraphs: 13, numbered: 11, tableRows: 0 });
    assert.deepEqual(r.lineMap, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const outline = parseDocument(r.text).headings.map((h) => `${h.depth}${h.marker}${h.title}`);
    assert.deepEqual(outline, [
      '1一、总体要求',
      '2（一）指导思想',
      '31.坚持稳中求进',
      '4（1）细化一',
      '4（2）细化二',
      '32.突出重点',
      '4（1）细化一',
      '2（二）工作目标',
      '31.外贸增长',
      '1二、重点任务',
      '2（一）稳外贸',
    ]);
  });

  it('w:start, w:startOverride restarts, a second w:num of one definition continues it', () => {
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1、', 3, NOTHING)}</w:abstractNum>` +
          `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
          `<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
          `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      ),
      document: documentXml(
        [
          p('甲', { num: [1, 0] }),
          p('乙', { num: [1, 0] }),
          p('丙', { num: [2, 0] }),
          p('丁', { num: [3, 0] }),
          p('戊', { num: [3, 0] }),
          p('己', { num: [1, 0] }),
        ].join(''),
      ),
    });
    assert.equal(importDocx(bytes).text, '3、甲\n4、乙\n5、丙\n1、丁\n2、戊\n3、己\n');
  });

  it('a w:lvlOverride with a whole w:lvl replaces the level for that w:num only', () => {
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.', 1, NOTHING)}</w:abstractNum>` +
          `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
          `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'decimalEnclosedCircle', '%1', 1, NOTHING)}</w:lvlOverride></w:num>`,
      ),
      document: documentXml(
        [p('一项', { num: [1, 0] }), p('二项', { num: [1, 0] }), p('圈一', { num: [2, 0] }), p('圈二', { num: [2, 0] })].join(''),
      ),
    });
    assert.equal(importDocx(bytes).text, '1.一项\n2.二项\n①圈一\n②圈二\n');
  });

  it('w:lvlRestart 0: items numbered straight through the sections (1、…4、 under 一、二、)', () => {
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', 1, NOTHING)}${lvl(1, 'decimal', '%2、', 1, '<w:lvlRestart w:val="0"/>' + NOTHING)}${lvl(2, 'decimal', '（%3）', 1, '<w:lvlRestart w:val="1"/>' + NOTHING)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
      document: documentXml(
        [
          p('甲', { num: [1, 0] }),
          p('a', { num: [1, 1] }),
          p('x', { num: [1, 2] }),
          p('b', { num: [1, 1] }),
          p('y', { num: [1, 2] }),
          p('乙', { num: [1, 0] }),
          p('c', { num: [1, 1] }),
          p('z', { num: [1, 2] }),
        ].join(''),
      ),
    });
    // Level 3 restarts only under level 1 (w:lvlRestart 1), so it runs on across the level-2 items.
    assert.equal(importDocx(bytes).text, '一、甲\n1、a\n（1）x\n2、b\n（2）y\n二、乙\n3、c\n（1）z\n');
  });

  it('numbering from the style, through w:basedOn, and a w:numStyleLink list', () => {
    const bytes = buildDocx({
      styles: stylesXml(
        `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
          `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>` +
          `<w:style w:type="numbering" w:styleId="PlanList"><w:name w:val="Plan list"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>`,
      ),
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="PlanList"/></w:abstractNum>` +
          `<w:abstractNum w:abstractNumId="11"><w:styleLink w:val="PlanList"/>${lvl(0, 'chineseCountingThousand', '%1、', 1, NOTHING)}${lvl(1, 'chineseCounting', '（%2）', 1, NOTHING)}</w:abstractNum>` +
          `<w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="11"/></w:num>`,
      ),
      document: documentXml(
        [
          p('总体要求', { style: 'Heading1' }),
          p('目标', { style: 'Heading2' }),
          p('任务', { style: 'Heading2' }),
          p('保障', { style: 'Heading1' }),
          p('不编号', { style: 'Heading1', num: [0, 0] }),
        ].join(''),
      ),
    });
    assert.equal(importDocx(bytes).text, '一、总体要求\n（一）目标\n（二）任务\n二、保障\n不编号\n');
  });

  it('the level of a style linked by w:pStyle in w:lvl', () => {
    const bytes = buildDocx({
      styles: stylesXml(`<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`),
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', 1, NOTHING)}<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="H2"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
      document: documentXml(p('第二级', { style: 'H2' })),
    });
    assert.equal(importDocx(bytes).text, '（一）第二级\n');
  });

  it('formats, %1.%2, w:isLgl and w:suff', () => {
    const levels =
      lvl(0, 'upperRoman', '%1.', 1) +
      lvl(1, 'lowerLetter', '%1.%2', 1, '<w:isLgl/><w:suff w:val="space"/>') +
      lvl(2, 'decimalFullWidth', '%3．', 1, NOTHING);
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
      document: documentXml(
        [
          p('A', { num: [1, 0] }),
          p('B', { num: [1, 0] }),
          p('b1', { num: [1, 1] }),
          p('b2', { num: [1, 1] }),
          p('全角', { num: [1, 2] }),
        ].join(''),
      ),
    });
    assert.equal(importDocx(bytes).text, 'I.\tA\nII.\tB\n2.1 b1\n2.2 b2\n１．全角\n');
  });

  it('formatNumber: every format Chinese documents use', () => {
    const row = (fmt: string, ns: number[]) => ns.map((n) => formatNumber(n, fmt)).join(' ');
    assert.equal(row('chineseCounting', [1, 10, 11, 20, 23, 99, 105]), '一 十 十一 二十 二十三 九十九 一〇五');
    assert.equal(
      row('chineseCountingThousand', [10, 101, 110, 1000, 1024, 10000, 10001]),
      '十 一百零一 一百一十 一千 一千零二十四 一万 一万零一',
    );
    assert.equal(row('chineseLegalSimplified', [1, 10, 12, 305]), '壹 拾 拾贰 叁佰零伍');
    assert.equal(row('ideographTraditional', [1, 2, 10, 11]), '甲 乙 癸 11');
    assert.equal(row('ideographZodiac', [1, 12]), '子 亥');
    assert.equal(row('ideographDigital', [2024]), '二〇二四');
    assert.equal(row('decimalZero', [3, 12]), '03 12');
    assert.equal(row('decimalFullWidth', [7, 15]), '７ １５');
    assert.equal(row('decimalEnclosedCircle', [1, 10, 20, 21, 50, 51]), '① ⑩ ⑳ ㉑ ㊿ 51');
    assert.equal(row('decimalEnclosedCircleChinese', [3]), '③');
    assert.equal(row('decimalEnclosedParen', [1, 20, 21]), '⑴ ⒇ (21)');
    assert.equal(row('decimalEnclosedFullstop', [1, 20]), '⒈ ⒛');
    assert.equal(row('ideographEnclosedCircle', [1, 10]), '㊀ ㊉');
    assert.equal(row('lowerLetter', [1, 26, 27, 28]), 'a z aa bb');
    assert.equal(row('upperLetter', [3]), 'C');
    assert.equal(row('lowerRoman', [4, 9, 14]), 'iv ix xiv');
    assert.equal(row('upperRoman', [1994]), 'MCMXCIV');
    assert.equal(row('bullet', [1]), '');
    assert.equal(row('none', [1]), '');
    assert.equal(row('someFutureFormat', [7]), '7');
  });

  it('bullets and none: the bullet character, or the level text without a number', () => {
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '\uf0b7', 1)}${lvl(1, 'bullet', '●', 1, NOTHING)}${lvl(2, 'none', '附：', 1, NOTHING)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
      document: documentXml([p('符号字体', { num: [1, 0] }), p('实心圆', { num: [1, 1] }), p('说明', { num: [1, 2] })].join('')),
    });
    assert.equal(importDocx(bytes).text, '•\t符号字体\n●实心圆\n附：说明\n');
  });

  it('a 分工表: one line per row, cells in order, separated by a tab', () => {
    const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.map((t) => p(t)).join('')}</w:tc>`;
    const merged = `<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`;
    const table =
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>` +
      `<w:tr>${cell('序号')}${cell('重点任务')}${cell('牵头单位')}${cell('责任单位')}${cell('完成时限')}</w:tr>` +
      `<w:tr>${cell('1')}${cell('培育外贸新业态')}${cell('市商务局')}${cell('市发展改革委', '各区政府')}${cell('2025年12月底前')}</w:tr>` +
      `<w:tr><w:trPr><w:del w:id="9" w:author="审核人"/></w:trPr>${cell('2')}${cell('已删除的任务')}${cell('')}${cell('')}${cell('')}</w:tr>` +
      `<w:tr>${cell('2')}${cell('建设海外仓')}${merged}${cell('')}${cell('长期坚持')}</w:tr>` +
      `</w:tbl>`;
    const r = importDocx(buildDocx({ document: documentXml(p('附件') + table + p('表后正文')) }));
    assert.equal(
      r.text,
      '附件\n序号\t重点任务\t牵头单位\t责任单位\t完成时限\n1\t培育外贸新业态\t市商务局\t市发展改革委 各区政府\t2025年12月底前\n2\t建设海外仓\t\t\t长期坚持\n表后正文\n',
    );
    assert.equal(r.stats.tableRows, 3);
    assert.deepEqual(r.lineMap, [0, 1, 2, 3, 4]);
  });

  it('automatic numbers inside table cells (a 序号 column numbered by Word)', () => {
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1', 1, NOTHING)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
      document: documentXml(
        `<w:tbl><w:tr><w:tc>${p('', { num: [1, 0] })}</w:tc><w:tc>${p('任务甲')}</w:tc></w:tr><w:tr><w:tc>${p('', { num: [1, 0] })}</w:tc><w:tc>${p('任务乙')}</w:tc></w:tr></w:tbl>`,
      ),
    });
    assert.equal(importDocx(bytes).text, '1\t任务甲\n2\t任务乙\n');
  });

  it('tracked changes: insertions kept, deletions dropped, a deleted paragraph mark joins the paragraphs', () => {
    const body =
      `<w:p><w:r><w:t>全年实现</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>进出口</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>外贸进出口</w:t></w:r></w:ins><w:r><w:t>增长5%。</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>前半句，</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>后半句。</w:t></w:r></w:p>` +
      `<w:p><w:moveFrom w:id="4" w:author="a"><w:r><w:t>移走的</w:t></w:r></w:moveFrom><w:moveTo w:id="5" w:author="a"><w:r><w:t>移来的</w:t></w:r></w:moveTo></w:p>` +
      `<w:p><w:pPr><w:pPrChange w:id="6" w:author="a"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:rPr><w:rPrChange w:id="7" w:author="a"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>格式修订不算文字</w:t></w:r></w:p>`;
    const bytes = buildDocx({
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.', 1, NOTHING)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
      document: documentXml(body),
    });
    assert.equal(importDocx(bytes).text, '全年实现外贸进出口增长5%。\n前半句，后半句。\n移来的\n格式修订不算文字\n');
  });

  it('headers, footers, comments, footnotes, text boxes and hidden text are left out; fields show their result', () => {
    const body =
      `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>可见</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>见第</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>页，</w:t></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>附件2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:r><w:t>图前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t>备用</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>图后</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>` +
      `<w:p><w:r><w:br w:type="page"/><w:t>附件1</w:t></w:r></w:p>` +
      `<w:sdt><w:sdtPr><w:alias w:val="控件"/></w:sdtPr><w:sdtContent>${p('控件内文字')}</w:sdtContent></w:sdt>`;
    const other = (root: string) =>
      `<w:${root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>不应出现</w:t></w:r></w:p></w:${root}>`;
    const bytes = buildDocx({
      document: documentXml(body),
      extra: {
        'word/header1.xml': other('hdr'),
        'word/footer1.xml': other('ftr'),
        'word/comments.xml': other('comments'),
        'word/footnotes.xml': other('footnotes'),
      },
    });
    const r = importDocx(bytes);
    assert.equal(r.text, '正文可见\n见第3页，附件2\n图前图后\n甲\t乙\n丙\n附件1\n控件内文字\n');
    assert.deepEqual(r.lineMap, [0, 1, 2, 3, 3, 4, 5]);
  });

  it('a main part named by the package relationships, not word/document.xml', () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`;
    const bytes = zipSync({ '_rels/.rels': strToU8(rels), 'word/document2.xml': strToU8(documentXml(p('另一个主文档'))) });
    assert.equal(importDocx(bytes).text, '另一个主文档\n');
  });

  it('an empty body gives an empty text', () => {
    assert.equal(importDocx(buildDocx({ document: documentXml('') })).text, '');
  });

  describe('bad input: one DocxError code each, never another exception', () => {
    const good = buildDocx({ document: documentXml(p('正文')) });

    it('a .txt or .pdf renamed to .docx, and an empty file: notWord', () => {
      assert.equal(
        code(() => importDocx(strToU8('一、总体要求\n'))),
        'notWord',
      );
      assert.equal(
        code(() => importDocx(strToU8('%PDF-1.7\n%…'))),
        'notWord',
      );
      assert.equal(
        code(() => importDocx(new Uint8Array(0))),
        'notWord',
      );
    });

    it('a truncated or damaged zip: corrupt', () => {
      assert.equal(
        code(() => importDocx(good.subarray(0, good.length - 30))),
        'corrupt',
      );
      const damaged = good.slice();
      // Inside the compressed document.xml data: inflating fails or the XML is malformed.
      const at = Buffer.from(damaged).indexOf('word/document.xml') + 'word/document.xml'.length;
      for (let i = at + 4; i < at + 40; i++) damaged[i] ^= 0x5a;
      assert.equal(
        code(() => importDocx(damaged)),
        'corrupt',
      );
    });

    it('malformed XML in word/document.xml: corrupt', () => {
      assert.equal(
        code(() => importDocx(buildDocx({ document: '<w:document><w:body><w:p>' }))),
        'corrupt',
      );
      assert.equal(
        code(() => importDocx(buildDocx({ document: '<<<' }))),
        'corrupt',
      );
    });

    it('a zip without word/document.xml (an .xlsx, a plain zip): noDocument', () => {
      assert.equal(
        code(() => importDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))),
        'noDocument',
      );
      assert.equal(
        code(() => importDocx(zipSync({}))),
        'noDocument',
      );
    });

    it('a password-protected document (OLE container with EncryptionInfo): encrypted', () => {
      assert.equal(
        code(() => importDocx(oleFile(['EncryptionInfo', 'EncryptedPackage']))),
        'encrypted',
      );
    });

    it('a binary .doc or .wps (OLE container): legacyBinary', () => {
      assert.equal(
        code(() => importDocx(oleFile(['WordDocument', '1Table']))),
        'legacyBinary',
      );
      assert.equal(
        code(() => importDocx(oleFile(['WordDocument']))),
        'legacyBinary',
      );
    });

    it('a zip bomb: tooLarge, refused from the declared sizes before inflating', () => {
      // 1 GB declared for document.xml: the central directory's uncompressed size patched.
      const bomb = withDeclaredSize(good, 'word/document.xml', 1024 * 1024 * 1024);
      assert.equal(
        code(() => importDocx(bomb)),
        'tooLarge',
      );
      // A real one: 8 MB of spaces in 8 KB, refused under a lower limit passed in.
      const spaces = zipSync({ 'word/document.xml': new Uint8Array(8 << 20).fill(0x20) }, { level: 9 });
      assert.ok(spaces.length < 64 * 1024);
      assert.equal(
        code(() => importDocx(spaces, { limits: { part: 4 << 20, total: 8 << 20 } })),
        'tooLarge',
      );
      // A size beyond what DEFLATE can reach from the compressed size is a lie: refused.
      assert.equal(
        code(() => importDocx(withDeclaredSize(good, 'word/document.xml', 50 * 1024 * 1024))),
        'tooLarge',
      );
    });

    it('random damage to a valid document never throws anything but a DocxError', () => {
      const doc = buildDocx({
        numbering: numberingXml(
          `<w:abstractNum w:abstractNumId="0">${GONGWEN_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
        ),
        document: documentXml([p('甲', { num: [1, 0] }), p('乙', { num: [1, 1] })].join('')),
      });
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(doc.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
          (edits) => {
            const b = doc.slice();
            for (const [i, v] of edits) b[i] = v;
            try {
              importDocx(b);
            } catch (e) {
              if (!(e instanceof DocxError)) throw e;
            }
          },
        ),
        { numRuns: 300, seed: 17 },
      );
    });
  });
});

/** An OLE compound file header followed by directory entry names in UTF-16LE (enough for the check). */
function oleFile(streams: string[]): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const out = new Uint8Array(512 + streams.length * 128);
  out.set(head);
  streams.forEach((s, k) => {
    for (let i = 0; i < s.length; i++) out[512 + k * 128 + 2 * i] = s.charCodeAt(i);
  });
  return out;
}

/** The zip with the central directory's uncompressed size of `name` set to `size`. */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const b = zip.slice();
  const view = new DataView(b.buffer);
  for (let i = 0; i + 46 < b.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const entry = new TextDecoder().decode(b.subarray(i + 46, i + 46 + nameLength));
    if (entry === name) view.setUint32(i + 24, size, true);
  }
  return b;
}
