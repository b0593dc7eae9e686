/**
 * What each line of a plan is on a 公文 page (GB/T 9704-2012, docs/word.md): the title, a heading
 * of some level (with the span of each heading on the line, run-in ones included), body text,
 * the 附件说明 and its continuation lines, an attachment's label and title (each attachment
 * starts a new page), the signature and the date. Blank lines are left out: the page's spacing
 * is the layout's, not empty paragraphs'. Nothing of the text is changed.
 */
import { parseDocument } from '../model/parse';

export type BlockRole =
  | 'title'
  | 'heading'
  | 'body'
  | 'attachmentNote'
  | 'attachmentNoteItem'
  | 'attachmentLabel'
  | 'attachmentTitle'
  | 'signature'
  | 'date'
  | 'tableRow';

export interface HeadingSpan {
  /** Offsets in the block's `text`. */
  readonly start: number;
  readonly end: number;
  readonly depth: number;
}

export interface Block {
  readonly role: BlockRole;
  /** The line without its leading and trailing blanks (the indent is the layout's). */
  readonly text: string;
  /** 0-based line in the plan. */
  readonly line: number;
  /** Depth of the heading that starts the line (role heading). */
  readonly depth: number;
  readonly headings: readonly HeadingSpan[];
}

const DATE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
const NOTE = /^附\s*件\s*[:：]/;
/** `附件`, `附件1`, `附件 2：`, `附件3：某某表` — the label that opens an attachment (`附件：1.…` is the 附件说明). */
const LABEL = /^附\s*件\s*(?:[0-9０-９一二三四五六七八九十]+\s*(?:[:：].*)?)?$/;
const NOTE_ITEM = /^[0-9０-９]{1,2}\s*[.．、]/;

export function layoutPlan(text: string): Block[] {
  const model = parseDocument(text);
  const headingsByLine = new Map<number, Array<{ start: number; end: number; depth: number }>>();
  for (const h of model.headings) {
    let list = headingsByLine.get(h.line);
    if (!list) headingsByLine.set(h.line, (list = []));
    list.push({ start: h.start, end: h.titleEnd, depth: h.depth });
  }
  const attachmentLines = new Set<number>();
  for (const c of model.contexts) if (c.kind === 'attachment') attachmentLines.add(c.line);
  const firstAttachment = Math.min(...[...attachmentLines].filter((l) => LABEL.test(lineText(l).trim())), model.lines.length);

  function lineText(i: number): string {
    const l = model.lines[i];
    return text.slice(l.start, l.end);
  }

  // The signature and date: the last non-blank lines of the main text, a date alone on its line
  // and, above it, a short line that is no heading and no sentence.
  const roles = new Map<number, BlockRole>();
  const closing = [...model.closing];
  let last = firstAttachment - 1;
  while (last >= 0 && !lineText(last).trim()) last--;
  if (last >= 0 && DATE.test(lineText(last).trim()) && !closing.some((c) => c.kind === 'date')) {
    closing.push({ kind: 'date', line: last, start: 0, end: 0, text: '' });
    let sig = last - 1;
    while (sig >= 0 && !lineText(sig).trim()) sig--;
    const s = sig >= 0 ? lineText(sig).trim() : '';
    if (s && s.length <= 30 && !/[。，；：！？,;:]/.test(s) && !headingsByLine.has(sig) && sig !== model.title?.line) {
      closing.push({ kind: 'signature', line: sig, start: 0, end: 0, text: '' });
    }
  }
  for (const c of closing) if (c.kind === 'signature' || c.kind === 'date') roles.set(c.line, c.kind);

  const blocks: Block[] = [];
  let inNote = false;
  let expectAttachmentTitle = false;
  for (let i = 0; i < model.lines.length; i++) {
    const raw = lineText(i);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (!t) continue;
    const lineStart = model.lines[i].start + lead;
    const spans = (headingsByLine.get(i) ?? [])
      .map((h) => ({ start: Math.max(0, h.start - lineStart), end: Math.min(t.length, h.end - lineStart), depth: h.depth }))
      .filter((h) => h.end > h.start);
    let role: BlockRole = 'body';
    let depth = 0;
    if (i === model.title?.line) role = 'title';
    else if (roles.has(i)) role = roles.get(i)!;
    else if (i >= firstAttachment && attachmentLines.has(i) && LABEL.test(t)) {
      role = 'attachmentLabel';
      // 附件1 alone on its line: the next line is the attachment's title.
      expectAttachmentTitle = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/.test(t);
      blocks.push({ role, text: t, line: i, depth, headings: [] });
      continue;
    } else if (expectAttachmentTitle && !spans.some((s) => s.start === 0)) role = 'attachmentTitle';
    else if (i < firstAttachment && NOTE.test(t)) {
      role = 'attachmentNote';
      inNote = true;
    } else if (inNote && NOTE_ITEM.test(t) && t.length <= 60) role = 'attachmentNoteItem';
    else if (spans.length && spans[0].start === 0) {
      role = 'heading';
      depth = spans[0].depth;
    }
    if (role !== 'attachmentNote' && role !== 'attachmentNoteItem') inNote = false;
    expectAttachmentTitle = false;
    blocks.push({ role, text: t, line: i, depth, headings: role === 'title' || role === 'attachmentTitle' ? [] : spans });
  }
  markTables(blocks);
  return blocks;
}

/**
 * Runs of two or more consecutive body lines with the same number of tab-separated cells (two
 * or more) are a table: how the import writes a 分工表's rows, so that the export gives the
 * table back. A lone line with tabs stays a paragraph.
 */
function markTables(blocks: Block[]): void {
  // A numbered row the outline reads as a heading (`1⇥稳外贸⇥市商务局`) is a row all the same.
  const cells = (b: Block) => ((b.role === 'body' || b.role === 'heading') && b.text.includes('\t') ? b.text.split('\t').length : 0);
  for (let i = 0; i < blocks.length;) {
    const n = cells(blocks[i]);
    let j = i + 1;
    while (n && j < blocks.length && cells(blocks[j]) === n && blocks[j].line === blocks[j - 1].line + 1) j++;
    if (n && j - i >= 2) for (let k = i; k < j; k++) blocks[k] = { ...blocks[k], role: 'tableRow', depth: 0, headings: [] };
    i = j;
  }
}
