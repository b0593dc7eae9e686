/**
 * A Word document (.docx bytes) as plan text: one line per paragraph, in document order, with
 * Word's automatic numbers written out as the markers they show (`一、` `（一）` `1.`), each table
 * row on one line with its cells separated by a tab (a 分工表 stays readable), tracked insertions
 * kept and deletions dropped, fields as their result. Headers, footers, comments, footnotes,
 * text boxes and drawings are left out: they are not the plan's running text.
 *
 * Pure: bytes in, text out. Every failure is a DocxError with a code the caller turns into one
 * message; nothing else is thrown for any input.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { formatMessage, type Locale } from '../messages';
import { DocxError, isOle, isZip, MAX_PART_BYTES, oleError, partText, readParts, type Parts } from './container';
import { attr, isOn, local, NumberingCounter, parseNumbering, parseStyles, type NumPr } from './numbering';

export { DocxError, type DocxErrorCode } from './container';

export interface DocxImport {
  /** The plan text, lines separated by `\n`. */
  readonly text: string;
  /** For each line of `text`, the 0-based index of the body paragraph or table row it comes from. */
  readonly lineMap: readonly number[];
  readonly stats: { readonly paragraphs: number; readonly numbered: number; readonly tableRows: number };
}

export interface ImportOptions {
  /** Uncompressed size limits in bytes (default: MAX_PART_BYTES, MAX_TOTAL_BYTES). */
  readonly limits?: { readonly part: number; readonly total: number };
}

/** Elements whose whole content is not running text (or is the deleted side of a revision). */
const SKIP = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'drawing',
  'pict',
  'object',
  'txbxContent',
  'Fallback',
  'sectPr',
  'tblPr',
  'tblGrid',
  'tcPr',
  'sdtPr',
  'sdtEndPr',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'tblGridChange',
  'numberingChange',
  'tabs',
]);

interface Paragraph {
  parts: string[];
  style: string | undefined;
  numPr: NumPr | undefined;
  /** The paragraph mark is a tracked deletion: the text joins the next paragraph. */
  markDeleted: boolean;
}

interface TableLevel {
  row: string[] | undefined;
  cell: string[] | undefined;
  rowDeleted: boolean;
}

const CORE_PARTS = ['_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/numbering.xml', 'word/styles.xml'];

/** Targets of relationships of `type` (the last path segment of the type URI) in a .rels part. */
function relTargets(xml: string | undefined, type: string): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const t = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (target && t.endsWith('/' + type)) out.push(target);
  }
  return out;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolvePart(base: string, target: string): string {
  const segments = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s && s !== '.') segments.push(s);
  }
  return segments.join('/').toLowerCase();
}

function text(parts: Parts, name: string): string | undefined {
  const data = parts.get(name);
  return data ? partText(data) : undefined;
}

/** Reads the document, its numbering and its styles; throws DocxError for anything unreadable. */
function loadParts(
  bytes: Uint8Array,
  limits: ImportOptions['limits'],
): { document: string; numbering: string | undefined; styles: string | undefined } {
  if (isOle(bytes)) throw oleError(bytes);
  if (!isZip(bytes)) throw new DocxError('notWord');
  let parts = readParts(bytes, (n) => CORE_PARTS.includes(n), limits);
  // The main part is the package's officeDocument relationship (word/document.xml in practice).
  const main = relTargets(text(parts, '_rels/.rels'), 'officeDocument').map((t) => resolvePart('', t))[0];
  if (main && main !== 'word/document.xml') {
    const rels = resolvePart(main, '_rels/' + main.split('/').pop() + '.rels');
    const more = readParts(bytes, (n) => n === main || n === rels, limits);
    parts = new Map([...parts, ...more]);
    const relXml = text(parts, rels);
    const numbering = relTargets(relXml, 'numbering').map((t) => resolvePart(main, t))[0];
    const styles = relTargets(relXml, 'styles').map((t) => resolvePart(main, t))[0];
    if (numbering || styles) parts = new Map([...parts, ...readParts(bytes, (n) => n === numbering || n === styles, limits)]);
    const document = text(parts, main);
    if (document === undefined) throw new DocxError('noDocument');
    return { document, numbering: numbering ? text(parts, numbering) : undefined, styles: styles ? text(parts, styles) : undefined };
  }
  const document = text(parts, 'word/document.xml');
  if (document === undefined) throw new DocxError('noDocument');
  return { document, numbering: text(parts, 'word/numbering.xml'), styles: text(parts, 'word/styles.xml') };
}

/** The plan text of a .docx. Throws DocxError (and nothing else) when the bytes cannot be read. */
export function importDocx(bytes: Uint8Array, options: ImportOptions = {}): DocxImport {
  const { document, numbering, styles } = loadParts(bytes, options.limits);
  try {
    return convert(document, new NumberingCounter(parseNumbering(numbering), parseStyles(styles)));
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

function convert(xml: string, counter: NumberingCounter): DocxImport {
  const lines: string[] = [];
  const lineMap: number[] = [];
  let block = 0;
  let numbered = 0;
  let paragraphs = 0;
  let tableRows = 0;
  const path: string[] = [];
  /** Depth at which a skipped element was opened (-1: not skipping). */
  let skipAt = -1;
  let para: Paragraph | undefined;
  /** Text of paragraphs whose mark was deleted, carried into the next paragraph. */
  let carried = '';
  let inText = false;
  let runHidden = false;
  const tables: TableLevel[] = [];

  const emitBlock = (s: string, into: TableLevel | undefined) => {
    if (into) {
      into.cell?.push(s);
      return;
    }
    for (const line of s.split('\n')) {
      lines.push(line);
      lineMap.push(block);
    }
    block++;
  };

  const endParagraph = (p: Paragraph) => {
    let body = carried + p.parts.join('');
    carried = '';
    if (p.markDeleted) {
      carried = body;
      return;
    }
    const num = counter.resolve(p.numPr, p.style);
    if (num) {
      const marker = counter.next(num.numId, num.ilvl);
      if (marker) {
        body = marker + body;
        numbered++;
      }
    }
    paragraphs++;
    const table = tables[tables.length - 1];
    // Inside a cell, tabs and line breaks would split the row: they become spaces.
    emitBlock(table ? body.replace(/[\t\n]+/g, ' ').trim() : body, table);
  };

  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const depth = path.length;
    if (!tag.isSelfClosing) path.push(name);
    if (skipAt >= 0) return;
    const parent = path[depth - 1];
    if (SKIP.has(name)) {
      // A deleted paragraph mark or table row is a revision mark on the paragraph or row itself.
      if (name === 'del' && parent === 'rPr' && path[depth - 2] === 'pPr' && para) para.markDeleted = true;
      else if (name === 'del' && parent === 'trPr' && tables.length) tables[tables.length - 1].rowDeleted = true;
      if (!tag.isSelfClosing) skipAt = depth;
      return;
    }
    switch (name) {
      case 'p':
        para = { parts: [], style: undefined, numPr: undefined, markDeleted: false };
        break;
      case 'pStyle':
        if (para && parent === 'pPr') para.style = attr(tag, 'val');
        break;
      case 'numPr':
        if (para && parent === 'pPr') para.numPr = { numId: undefined, ilvl: undefined };
        break;
      case 'numId':
        if (para?.numPr && parent === 'numPr') para.numPr.numId = attr(tag, 'val');
        break;
      case 'ilvl':
        if (para?.numPr && parent === 'numPr') {
          const v = Number.parseInt(attr(tag, 'val') ?? '', 10);
          para.numPr.ilvl = Number.isFinite(v) ? v : undefined;
        }
        break;
      case 'r':
        runHidden = false;
        break;
      case 'vanish':
        if (parent === 'rPr' && path[depth - 2] === 'r') runHidden = isOn(tag);
        break;
      case 't':
        inText = !tag.isSelfClosing;
        break;
      case 'tab':
      case 'ptab':
        if (para && parent === 'r' && !runHidden) para.parts.push('\t');
        break;
      case 'br':
      case 'cr': {
        if (!para || parent !== 'r' || runHidden) break;
        const type = attr(tag, 'type');
        // A page or column break at the start of a paragraph only moves it; inside, it ends a line.
        if (name === 'cr' || !type || type === 'textWrapping' || para.parts.length) para.parts.push('\n');
        break;
      }
      case 'noBreakHyphen':
        if (para && !runHidden) para.parts.push('-');
        break;
      case 'sym': {
        const code = Number.parseInt(attr(tag, 'char') ?? '', 16);
        // Symbol-font glyphs (F0xx) have no text meaning.
        if (para && !runHidden && Number.isFinite(code) && code > 0x1f && (code < 0xe000 || code > 0xf8ff))
          para.parts.push(String.fromCodePoint(code));
        break;
      }
      case 'tbl':
        tables.push({ row: undefined, cell: undefined, rowDeleted: false });
        break;
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t) {
          t.row = [];
          t.rowDeleted = false;
        }
        break;
      }
      case 'tc': {
        const t = tables[tables.length - 1];
        if (t) t.cell = [];
        break;
      }
    }
  });
  parser.on('text', (s: string) => {
    if (inText && skipAt < 0 && para && !runHidden) para.parts.push(s);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    path.pop();
    const name = local(tag.name);
    if (skipAt >= 0) {
      if (path.length === skipAt) skipAt = -1;
      return;
    }
    switch (name) {
      case 't':
        inText = false;
        break;
      case 'r':
        runHidden = false;
        break;
      case 'p':
        if (para) endParagraph(para);
        para = undefined;
        break;
      case 'tc': {
        const t = tables[tables.length - 1];
        if (t?.cell && t.row) t.row.push(t.cell.filter((s) => s).join(' '));
        if (t) t.cell = undefined;
        break;
      }
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t?.row && !t.rowDeleted) {
          const row = t.row.join('\t').replace(/\s+$/, '');
          if (row) {
            tableRows++;
            emitBlock(row, tables.length > 1 ? tables[tables.length - 2] : undefined);
          }
        }
        if (t) t.row = undefined;
        break;
      }
      case 'tbl':
        tables.pop();
        break;
    }
  });
  parser.write(xml).close();
  if (carried) emitBlock(carried, undefined);
  while (lines.length && !lines[lines.length - 1].trim()) {
    lines.pop();
    lineMap.pop();
  }
  return { text: lines.length ? lines.join('\n') + '\n' : '', lineMap, stats: { paragraphs, numbered, tableRows } };
}

/** The one-line message for a DocxError about `file`. */
export function docxErrorMessage(locale: Locale, file: string, error: DocxError): string {
  return formatMessage(locale, `docx.${error.code}`, [file, `${MAX_PART_BYTES / (1024 * 1024)} MB`]);
}
