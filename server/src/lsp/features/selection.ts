/** Smart select: sentence → paragraph (line) → section → parent section. */
import type { Position, SelectionRange, ServerCapabilities } from 'vscode-languageserver';
import type { DocumentModel, Heading } from '../../core/model/model';
import { toOffset, toRange } from '../convert';
import type { FeatureHost } from '../host';

const SENTENCE_END = /[。！？；!?;]/;

export function selectionRanges(model: DocumentModel, positions: readonly Position[]): SelectionRange[] {
  return positions.map((p) => selectionAt(model, toOffset(model.lines, p), p.line));
}

function selectionAt(model: DocumentModel, offset: number, lineNo: number): SelectionRange {
  const { text, lines } = model;
  const spans: Array<[number, number]> = [];
  const line = lines[Math.min(lineNo, lines.length - 1)];
  // Sentence: between sentence ends inside the line.
  let s = offset;
  while (s > line.start && !SENTENCE_END.test(text[s - 1])) s--;
  let e = offset;
  while (e < line.end && !SENTENCE_END.test(text[e])) e++;
  if (e < line.end) e++;
  while (s < e && /\s/.test(text[s])) s++;
  if (e > s) spans.push([s, e]);
  spans.push([line.start, line.end]);
  // Sections, innermost first.
  let h: Heading | undefined = innermost(model.headings, offset);
  while (h) {
    spans.push([h.start, Math.max(h.end, h.titleEnd)]);
    h = h.parent;
  }
  spans.push([0, text.length]);
  let parent: SelectionRange | undefined;
  const kept: Array<[number, number]> = [];
  for (const sp of spans) {
    const last = kept[kept.length - 1];
    if (last && sp[0] <= last[0] && sp[1] >= last[1] && (sp[0] < last[0] || sp[1] > last[1])) kept.push(sp);
    else if (!last) kept.push(sp);
  }
  for (let i = kept.length - 1; i >= 0; i--) parent = { range: toRange(lines, kept[i][0], kept[i][1]), parent };
  return parent as SelectionRange;
}

/** The innermost heading whose section holds `offset`. */
export function innermost(headings: readonly Heading[], offset: number): Heading | undefined {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let h: Heading | undefined = found >= 0 ? headings[found] : undefined;
  while (h && Math.max(h.end, h.titleEnd) < offset) h = h.parent;
  return h;
}

export function registerSelection(ctx: FeatureHost): Partial<ServerCapabilities> {
  // The structure of the current text (positions are in it), never an analysis.
  ctx.providers.onSelectionRanges((p) => {
    const model = ctx.currentModel(p.textDocument.uri);
    return model ? selectionRanges(model, p.positions) : [];
  });
  return { selectionRangeProvider: true };
}
