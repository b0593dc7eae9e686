/**
 * A plan as a Word document laid out as a 公文 (GB/T 9704-2012; the numbers are in docs/word.md):
 * A4, margins 37/28/35/26 mm, a grid of 22 lines × 28 characters, body 3号 仿宋, title 2号
 * 小标宋 centred, heading levels 黑体 / 楷体 / 仿宋, attachments on new pages, signature and date
 * at the right, page numbers `— 1 —` in 4号 宋体 at the right of odd pages and the left of even
 * ones. Fonts are named on all four attributes (ascii, hAnsi, eastAsia, cs): Word substitutes a
 * font named on fewer. The text is written exactly as it is, one paragraph per non-blank line.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { layoutPlan, type Block } from './layout';

export interface ExportOptions {
  /** 发文机关标志, printed red and centred above the title. */
  readonly issuer?: string;
  /** 发文字号 (`沪商发〔2024〕3号`), centred under the 发文机关标志, above the red separator. */
  readonly docNumber?: string;
  /**
   * A grid of lines and characters (w:docGrid linesAndChars, charSpace -842), as Word's own 公文
   * templates set it. Off by default: LibreOffice 7.4 puts each 16 pt character of a grid
   * narrower than 16 pt into two cells (14 characters a line). The default is a line grid and
   * characters condensed by 0.25 pt (28 × 15.75 pt fit the 442 pt 版心), 22 × 28 in Word, WPS
   * and LibreOffice alike.
   */
  readonly characterGrid?: boolean;
}

/** Condensing of every character without a character grid, in twentieths of a point. */
export const CONDENSE = -5;

/** Twips (1/1440 inch) of a length in millimetres. */
const mm = (v: number) => Math.round((v * 1440) / 25.4);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  bottom: mm(35),
  right: mm(26),
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

/** 3号 = 16 pt, 2号 = 22 pt, 4号 = 14 pt (half-points in w:sz). */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const PAGE_NUMBER_SIZE = 28;
/** One character of body text in twips (16 pt). */
const CHAR = 320;

/** Grid line pitch: the 225 mm 版心 height over 22 lines (579 twips). */
export const LINE_PITCH = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / PAGE.linesPerPage);
/**
 * w:charSpace: what is added to the 16 pt character pitch, in 4096ths of a point, so that 28
 * characters fill the 156 mm 版心 width (-842: 15.794 pt a character; rounded down, since
 * -841 gives 27.9998 characters and Word would lay 27). LibreOffice 7.4 puts each character
 * of a grid narrower than the font into two cells; Word and WPS lay 28.
 */
export const CHAR_SPACE = Math.floor(((PAGE.width - PAGE.left - PAGE.right) / PAGE.charsPerLine / 20 - BODY_SIZE / 2) * 4096);

export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  level1: '黑体',
  level2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

function headingFont(depth: number): string {
  return depth === 1 ? FONTS.level1 : depth === 2 ? FONTS.level2 : FONTS.body;
}

/** Runs of `text` from `from` to `to` in `fontName`, tabs as w:tab. */
function runs(text: string, fontName: string, size = BODY_SIZE, color?: string): TextRun[] {
  const out: TextRun[] = [];
  const pieces = text.split('\t');
  pieces.forEach((piece, k) => {
    if (k > 0) out.push(new TextRun({ children: [new Tab()], font: font(fontName), size }));
    if (piece) out.push(new TextRun({ text: piece, font: font(fontName), size, color }));
  });
  return out;
}

/** The line with each heading span in its level's font and the rest in the body font. */
function headingRuns(block: Block): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  for (const h of block.headings) {
    if (h.start < at) continue;
    if (h.start > at) out.push(...runs(block.text.slice(at, h.start), FONTS.body));
    out.push(...runs(block.text.slice(h.start, h.end), headingFont(h.depth)));
    at = h.end;
  }
  if (at < block.text.length) out.push(...runs(block.text.slice(at), FONTS.body));
  return out;
}

/** Characters a string takes on the grid (CJK and full-width forms one, others half). */
function gridChars(s: string): number {
  let n = 0;
  for (const ch of s)
    n += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f\u2014\u201c\u201d]/.test(ch)
      ? 1
      : 0.5;
  return n;
}

/** Control characters other than tab cannot be written in XML. */
const clean = (s: string) =>
  s.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );

/** 4号 (14 pt) in tables: five columns of 3号 leave a 分工表 a few characters a cell. */
const TABLE_SIZE = 28;

function table(rows: readonly Block[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: r.text
            .split('\t')
            .map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell, FONTS.body, TABLE_SIZE) })] })),
        }),
    ),
  });
}

function paragraphs(blocks: readonly Block[]): Array<Paragraph | Table> {
  const indent = { firstLine: 2 * CHAR, firstLineChars: 200 };
  const justified = AlignmentType.JUSTIFIED;
  const dateBlock = blocks.find((b) => b.role === 'date');
  const out: Array<Paragraph | Table> = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.role === 'tableRow') {
      let j = i;
      while (j + 1 < blocks.length && blocks[j + 1].role === 'tableRow' && blocks[j + 1].line === blocks[j].line + 1) j++;
      out.push(table(blocks.slice(i, j + 1)));
      i = j;
      continue;
    }
    const opts: { -readonly [K in keyof IParagraphOptions]: IParagraphOptions[K] } = {};
    switch (b.role) {
      case 'title':
        Object.assign(opts, { alignment: AlignmentType.CENTER, children: runs(b.text, FONTS.title, TITLE_SIZE) });
        // One blank line under the title (GB/T 9704 §7.3.2: 标题下空一行 before the body).
        opts.spacing = { after: LINE_PITCH };
        break;
      case 'heading':
        Object.assign(opts, { alignment: justified, indent, children: headingRuns(b), keepNext: true });
        break;
      case 'attachmentNote':
        // 附件说明: one line below the body, indented two characters.
        Object.assign(opts, { indent, spacing: { before: LINE_PITCH }, children: runs(b.text, FONTS.body) });
        break;
      case 'attachmentNoteItem':
        // Further names aligned under the first, after 附件：.
        Object.assign(opts, { indent: { left: 5 * CHAR }, children: runs(b.text, FONTS.body) });
        break;
      case 'attachmentLabel':
        // Each attachment starts a new page with 附件1 in 3号黑体 at the top left.
        Object.assign(opts, { pageBreakBefore: true, children: runs(b.text, FONTS.level1) });
        break;
      case 'attachmentTitle':
        // The attachment's title centred on the third line.
        Object.assign(opts, {
          alignment: AlignmentType.CENTER,
          spacing: { before: LINE_PITCH, after: LINE_PITCH },
          children: runs(b.text, FONTS.title, TITLE_SIZE),
        });
        break;
      case 'date':
        // 成文日期右空四字.
        Object.assign(opts, { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, children: runs(b.text, FONTS.body) });
        break;
      case 'signature': {
        // 发文机关署名 centred over the date (right-aligned, the difference split).
        const shift = dateBlock ? (gridChars(dateBlock.text) - gridChars(b.text)) / 2 : 0;
        const right = Math.max(0, Math.round((4 + shift) * CHAR));
        Object.assign(opts, {
          alignment: AlignmentType.RIGHT,
          indent: { right },
          spacing: { before: 2 * LINE_PITCH },
          children: runs(b.text, FONTS.body),
        });
        break;
      }
      default:
        Object.assign(opts, { alignment: justified, indent, children: b.headings.length ? headingRuns(b) : runs(b.text, FONTS.body) });
    }
    out.push(new Paragraph(opts));
  }
  return out;
}

/** The 版头 block of the options: 发文机关标志, 发文字号 and the red separator under them. */
function header(options: ExportOptions): Paragraph[] {
  const out: Paragraph[] = [];
  const red = 'FF0000';
  if (options.issuer) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: LINE_PITCH },
        children: runs(clean(options.issuer), FONTS.title, 2 * TITLE_SIZE - 8, red),
      }),
    );
  }
  if (options.issuer || options.docNumber) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 2 * LINE_PITCH },
        // The red separator under the 发文字号, the width of the 版心.
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: red, space: 8 } },
        children: runs(clean(options.docNumber ?? ''), FONTS.body),
      }),
    );
  }
  return out;
}

function pageNumberFooter(side: 'right' | 'left'): Footer {
  const f = font(FONTS.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // One character in from the edge of the 版心.
        indent: side === 'right' ? { right: PAGE_NUMBER_SIZE * 10 } : { left: PAGE_NUMBER_SIZE * 10 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: f, size: PAGE_NUMBER_SIZE })],
      }),
    ],
  });
}

/** The Word document (.docx bytes) of a plan's text. */
export async function exportDocx(text: string, options: ExportOptions = {}): Promise<Uint8Array> {
  const blocks = layoutPlan(clean(text));
  const title = blocks.find((b) => b.role === 'title')?.text;
  const doc = new Document({
    title,
    creator: 'Workplan',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: BODY_SIZE }, paragraph: { spacing: { line: 240 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, left: PAGE.left, bottom: PAGE.bottom, right: PAGE.right, header: mm(15), footer: mm(23), gutter: 0 },
          },
          grid: options.characterGrid
            ? { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE }
            : { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: [...header(options), ...paragraphs(blocks)],
      },
    ],
  });
  return finish(new Uint8Array(await Packer.toArrayBuffer(doc)), !options.characterGrid);
}

const FALLBACKS: ReadonlyArray<[string, string]> = [
  [FONTS.body, '仿宋'],
  [FONTS.title, '宋体'],
  [FONTS.level1, 'SimHei'],
  [FONTS.level2, '楷体'],
  [FONTS.pageNumber, 'SimSun'],
];

/**
 * What the docx library does not write: the Normal style's own font, size and condensing (LibreOffice
 * sizes the character grid from the Normal style, not from the document defaults, and laid 18
 * characters a line without it), and the font table with an alternative name for each font
 * (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体 …), which Word and WPS use where the font is missing.
 */
function finish(bytes: Uint8Array, condense: boolean): Uint8Array {
  const files = unzipSync(bytes);
  const rFonts = `<w:rFonts w:ascii="${FONTS.body}" w:hAnsi="${FONTS.body}" w:eastAsia="${FONTS.body}" w:cs="${FONTS.body}"/>`;
  const styles = strFromU8(files['word/styles.xml']).replace(
    /(<w:style w:type="paragraph" w:styleId="Normal"[^>]*>)([\s\S]*?)(<\/w:style>)/,
    (_, open: string, inner: string, close: string) =>
      `${open}${inner}<w:rPr>${rFonts}${condense ? `<w:spacing w:val="${CONDENSE}"/>` : ''}<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/></w:rPr>${close}`,
  );
  files['word/styles.xml'] = strToU8(styles);
  const entries = FALLBACKS.map(
    ([name, alt]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${name === FONTS.level1 ? 'modern' : 'roman'}"/><w:pitch w:val="fixed"/></w:font>`,
  ).join('');
  const table = files['word/fontTable.xml'] ? strFromU8(files['word/fontTable.xml']) : '';
  files['word/fontTable.xml'] = strToU8(
    table.endsWith('/>') ? table.slice(0, -2) + `>${entries}</w:fonts>` : table.replace('</w:fonts>', `${entries}</w:fonts>`),
  );
  return zipSync(files, { level: 6 });
}
