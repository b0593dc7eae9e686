/**
 * A document's attachments as it announces them — the 附件说明 below the body (`附件：1.××表`
 * and the names on the lines after it) and the attachment pages (`附件2` on a line, the title on
 * the next) — and the references to them in the body (`见附件3`, `（附件2）`, `《附件4：××表》`).
 * A reference that goes through another document (`见《××通知》附件2`) is that document's.
 */
import type { DocumentModel } from '../model/model';
import { isBlankOrBom } from '../model/lineForms';
import { damagedLines } from './damage';

export interface AttachmentName {
  readonly number: number;
  readonly name: string;
  /** Offsets of the name. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** Attachment pages: the line after the title, which may be the rest of a title centred over two lines. */
  readonly continuation?: string;
}

export interface AttachmentReference {
  readonly number: number;
  /** The name given with the reference (`《附件4：××表》`), if any. */
  readonly name: string | undefined;
  /** Offsets of `附件N` (and its name). */
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

export interface Attachments {
  /** Entries of the 附件说明, in order. */
  readonly listed: readonly AttachmentName[];
  /** Attachment pages: the `附件N` label line and the title after it. */
  readonly pages: readonly AttachmentName[];
  readonly references: readonly AttachmentReference[];
  /** The document announces attachments of its own (a 附件说明 or attachment pages). */
  readonly any: boolean;
}

const DIGITS = '0123456789０１２３４５６７８９';
const toNumber = (s: string) => Number([...s].map((c) => DIGITS.indexOf(c) % 10).join(''));
const ITEM = /^([0-9０-９]{1,2})\s*[.．、]\s*(\S.*?)$/;
const ITEM_INLINE = /([0-9０-９]{1,2})\s*[.．、]\s*(.+?)[；;，,。]?(?=[\s；;，,]+[0-9０-９]{1,2}\s*[.．、]|$)/g;
const LABEL_LIST = /^附\s*件\s*[：:]\s*(.*)$/;
const LABEL_PAGE = /^附\s*件\s*([0-9０-９]{1,2})\s*$/;
/** A reference in the body: 见附件3, 详见附件3, （附件2）, 《附件4：××表》. */
const RE_REF = /附件\s*([0-9０-９]{1,2})(?:\s*[：:]\s*([^》）)\n]{1,60})(?=[》）)]))?(?![0-9０-９])/g;

/** Compares names with spaces, quotes and trailing punctuation removed. */
export function sameName(a: string, b: string): boolean {
  // `××表.docx` in a web page's download list names the same attachment as `××表`.
  const norm = (s: string) =>
    s
      .replace(/[\s\u3000《》“”"'‘’]/g, '')
      .replace(/[；;。，,：:]+$/, '')
      .replace(/\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)$/i, '');
  const x = norm(a);
  const y = norm(b);
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)));
}

const cache = new WeakMap<DocumentModel, Attachments>();

/** The attachments of the document, cached per model. */
export function attachments(model: DocumentModel): Attachments {
  const hit = cache.get(model);
  if (hit) return hit;
  const { text, lines } = model;
  if (text.indexOf('附') < 0) return { listed: [], pages: [], references: [], any: false };
  let damagedCache: Uint8Array | undefined;
  const damaged = { at: (li: number) => (damagedCache ??= damagedLines(model))[li] === 1 };
  const listed: AttachmentName[] = [];
  const pages: AttachmentName[] = [];
  const trimmedLine = (li: number) => {
    const { start, end } = lines[li];
    let s = start;
    while (s < end && isBlankOrBom(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isBlankOrBom(text.charCodeAt(e - 1))) e--;
    return { s, e, t: text.slice(s, e) };
  };
  // Lines of `?` are characters lost in copying (indentation, a blank line's spaces): not text.
  const lost = (t: string) => /^[?？\uFFFD\s]*$/.test(t);
  const nextTextLine = (li: number, limit: number) => {
    for (let k = li + 1; k < lines.length && k <= li + limit; k++) {
      const t = trimmedLine(k).t;
      if (!t || lost(t)) continue;
      return LABEL_PAGE.test(t) || LABEL_LIST.test(t) ? -1 : k;
    }
    return -1;
  };
  let inList = false;
  let expected = 1;
  for (let li = 0; li < lines.length; li++) {
    if (!inList) {
      // Only a line that starts with 附 can be a label (the cheap test first).
      let c = lines[li].start;
      while (c < lines[li].end && isBlankOrBom(text.charCodeAt(c))) c++;
      // (Past the line's end is a line break or the end of the text: no 附 there, and no read out of bounds.)
      if (c >= lines[li].end || text.charCodeAt(c) !== 0x9644 /* 附 */) continue;
    }
    const line = trimmedLine(li);
    // `??????2.××表`: the indentation of a list line lost in copying.
    const lead = /^[?？\uFFFD]*/.exec(line.t)?.[0].length ?? 0;
    const s = line.s + lead;
    const e = line.e;
    const t = line.t.slice(lead);
    if (!t) continue;
    if (inList) {
      const item = ITEM.exec(t);
      if (item && toNumber(item[1]) === expected) {
        const at = s + t.indexOf(item[2]);
        listed.push({ number: expected++, name: item[2], start: at, end: e, line: li });
        continue;
      }
      inList = false;
    }
    const list = LABEL_LIST.exec(t);
    if (list) {
      const rest = list[1];
      const restAt = e - rest.length;
      if (!rest) {
        inList = true;
        expected = 1;
        continue;
      }
      if (/^[0-9０-９]{1,2}\s*[.．、]/.test(rest)) {
        // `附件：1.××表 2.××表` on one line, or the first name here and the others below.
        expected = 1;
        for (const m of rest.matchAll(ITEM_INLINE)) {
          if (toNumber(m[1]) !== expected) break;
          const at = restAt + m.index + m[0].indexOf(m[2], m[1].length);
          listed.push({ number: expected++, name: m[2].trim(), start: at, end: at + m[2].trim().length, line: li });
        }
        inList = true;
        continue;
      }
      continue;
    }
    const page = LABEL_PAGE.exec(t);
    if (page) {
      const k = nextTextLine(li, 4);
      if (k < 0) continue;
      const title = trimmedLine(k);
      // A title, not the attachment's first paragraph or a table row.
      if (title.t.length > 60 || /[。；;]$/.test(title.t) || /^[（(]?[一二三四五六七八九十\d]+[、.．）)]/.test(title.t)) continue;
      // A long title may be centred over two lines: the next short line, without a sentence mark.
      const k2 = nextTextLine(k, 1);
      const second = k2 === k + 1 ? trimmedLine(k2).t : '';
      const continuation = second && second.length <= 30 && !/[。；;，,：:]/.test(second) && !LABEL_PAGE.test(second) ? second : undefined;
      pages.push({ number: toNumber(page[1]), name: title.t, start: title.s, end: title.e, line: k, continuation });
    }
  }
  const references: AttachmentReference[] = [];
  // A loop rather than Math.min over spread arrays, whose element kinds differ from file to file
  // (empty or not): that deoptimised this function again and again in a batch run.
  let firstAttachmentLine = lines.length;
  for (const a of listed) firstAttachmentLine = Math.min(firstAttachmentLine, a.line);
  for (const p of pages) firstAttachmentLine = Math.min(firstAttachmentLine, p.line - 1);
  RE_REF.lastIndex = 0;
  for (const m of text.matchAll(RE_REF)) {
    // 见附件3 / （附件2） / 《附件4：…》; `见《××通知》附件2` reads 附件 after 》: another document's attachment.
    if (!/[见見（(《]/.test(text[m.index - 1] ?? '')) continue;
    let li = 0;
    let hi = lines.length - 1;
    while (li < hi) {
      const mid = (li + hi + 1) >> 1;
      if (lines[mid].start <= m.index) li = mid;
      else hi = mid - 1;
    }
    if (li >= firstAttachmentLine || damaged.at(li)) continue;
    references.push({ number: toNumber(m[1]), name: m[2]?.trim() || undefined, start: m.index, end: m.index + m[0].length, line: li });
  }
  const result: Attachments = { listed, pages, references, any: listed.length > 0 || pages.length > 0 };
  cache.set(model, result);
  return result;
}
