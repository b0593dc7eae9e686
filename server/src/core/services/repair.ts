/**
 * Repairs of a scraped or PDF-copied text, each a reviewable edit (nothing is deleted that is not
 * a line break, indentation or web chrome): hard-wrapped lines joined, lines a scrape split inside
 * a sentence joined, markers broken over lines (`（` / `十一` / `）`, `三、` / title) rebuilt on one
 * line, ASCII double quotes around Chinese text turned into “”. Chrome is removed by the
 * paste-artifact fixes ("Clean up pasted text"), which `--repair` applies too.
 */
import type { DocumentModel } from '../model/model';
import type { TextEdit } from '../types';
import { matchMarker } from '../model/markers';
import { classifyChrome } from '../facts/paste';

export interface Repair {
  readonly kind: 'join-wrapped' | 'join-split' | 'marker' | 'quotes';
  readonly line: number;
  readonly edit: TextEdit;
}

/** What ends a paragraph: a line ending in one of these is never joined to the next. */
const ENDS = /[。！？；：!?;:”’）)】》…]$/;
const isBlankCode = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** The repairs of a document, in document order, not overlapping. */
export function repairs(model: DocumentModel): Repair[] {
  const { text, lines } = model;
  if (model.view === 'html') return [];
  const out: Repair[] = [];
  const chrome = classifyChrome(text, lines);
  const headingLines = new Set<number>();
  for (const h of model.headings) headingLines.add(h.line);
  const content = (i: number) => {
    let s = lines[i].start;
    while (s < lines[i].end && isBlankCode(text.charCodeAt(s))) s++;
    return s;
  };
  const trimmed = (i: number) => text.slice(content(i), lines[i].end).trimEnd();
  // The usual width of a wrapped line: the most common length among long lines.
  const counts = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const n = trimmed(i).length;
    if (n >= 20) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [n, c] of counts) if (c > best || (c === best && n > width)) [width, best] = [n, c];
  const wrapped = best >= 5 ? width : 0;
  // Markers broken over lines and markers alone on their line: join with their title.
  const joined = new Set<number>();
  for (const h of model.headings) {
    const markerLineEnd = lines[h.line].end;
    if (h.markerEnd > markerLineEnd || h.alone) {
      // Every line break between the marker's first character and its title goes.
      const stop = h.alone ? titleStart(text, h.markerEnd) : h.markerEnd;
      for (let i = h.line; i < lines.length && lines[i].end < stop; i++) {
        const next = content(i + 1);
        out.push({ kind: 'marker', line: i, edit: { start: lines[i].end, end: next, newText: '' } });
        joined.add(i);
      }
    }
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    if (joined.has(i) || joined.has(i + 1) || chrome[i] || chrome[i + 1]) continue;
    const a = trimmed(i);
    const b = trimmed(i + 1);
    if (!a || !b || ENDS.test(a) || headingLines.has(i) || headingLines.has(i + 1)) continue;
    const bs = content(i + 1);
    if (matchMarker(text, bs, lines[i + 1].end)) continue;
    const last = a.charCodeAt(a.length - 1);
    const first = b.charCodeAt(0);
    // A piece a scrape put on a line of its own inside a sentence: a number, a date, a quote.
    if (/^附件/.test(a) || /[：:]$/.test(b)) continue;
    const piece =
      b.length <= 12 && /^[\d０-９.．%％年月日号个万亿元“”"《》、，]+$/.test(b) && (isCjk(last) || /[\dA-Za-z，、“《]/.test(a.slice(-1)));
    const splitBefore = a.length <= 12 && /^[\d０-９.．%％年月日号个万亿元“”"《》]+$/.test(a) && (isCjk(first) || /[，、；]/.test(b[0]));
    const wrap =
      wrapped > 0 &&
      a.length >= wrapped - 1 &&
      a.length <= wrapped + 1 &&
      (isCjk(first) || /[\d“（(《]/.test(b[0])) &&
      (isCjk(last) || /[\d，、”）)》]/.test(a.slice(-1)));
    if (!piece && !splitBefore && !wrap) continue;
    out.push({ kind: wrap ? 'join-wrapped' : 'join-split', line: i, edit: { start: lines[i].end, end: bs, newText: '' } });
  }
  // ASCII double quotes around Chinese text, in pairs on one line.
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const q: number[] = [];
    for (let k = text.indexOf('"', start); k >= 0 && k < end; k = text.indexOf('"', k + 1)) q.push(k);
    if (q.length < 2 || q.length % 2 !== 0) continue;
    let chinese = true;
    for (let p = 0; p < q.length && chinese; p += 2) chinese = isCjk(text.charCodeAt(q[p] + 1)) || isCjk(text.charCodeAt(q[p + 1] - 1));
    if (!chinese) continue;
    q.forEach((k, p) => out.push({ kind: 'quotes', line: i, edit: { start: k, end: k + 1, newText: p % 2 === 0 ? '“' : '”' } }));
  }
  out.sort((x, y) => x.edit.start - y.edit.start);
  // Joins of one line break come once (a marker repair and a split join may meet).
  return out.filter((r, k) => k === 0 || r.edit.start >= out[k - 1].edit.end);
}

/** The first non-blank character after `from`, across line breaks. */
function titleStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isBlankCode(text.charCodeAt(i)) || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  return i;
}
