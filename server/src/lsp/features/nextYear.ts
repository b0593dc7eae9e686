/**
 * Custom requests of issue 8: `workplan/nextYear` (next year's draft of a document) and
 * `workplan/compare` (targets of two plans side by side). The core does the work.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBuffer } from '../../core/text/encoding';
import { formatMessage } from '../../core/messages';
import { splitLines, type Line } from '../../core/model/model';
import { parseDocument } from '../../core/model/parse';
import { planYear } from '../../core/facts/targets';
import { Requests, type CompareParams, type CompareResult, type CompareSideInfo, type NextYearParams, type NextYearResult } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toRange } from '../convert';
import { onDemand } from '../../runtime/onDemand';

/** The text of an open document, else of the file on disk. */
function textOf(ctx: FeatureHost, uri: string | undefined, text: string | undefined): string {
  if (text !== undefined) return text;
  if (!uri) throw new Error('workplan: a uri or a text is needed');
  const doc = ctx.document(uri);
  if (doc) return doc.getText();
  if (!uri.startsWith('file:')) throw new Error(`workplan: ${uri} is not open`);
  return decodeBuffer(fs.readFileSync(fileURLToPath(uri))).text;
}

function sideInfo(lines: readonly Line[], s: { text: string; value: number; valueMax: number | undefined; unit: string; metric: string; start: number; end: number } | undefined): CompareSideInfo | null {
  if (!s) return null;
  const r = toRange(lines, s.start, s.end);
  return { text: s.text, value: s.value, valueMax: s.valueMax ?? null, unit: s.unit, metric: s.metric, line: r.start.line, character: r.start.character, endLine: r.end.line, endCharacter: r.end.character };
}

export function registerNextYear(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onRequest(Requests.nextYear, (params: NextYearParams): NextYearResult => {
    const { draftNextYearFromText, findDraftMarks, placeholderLabel } = onDemand();
    const draft = draftNextYearFromText(textOf(ctx, params.uri, params.text));
    const lines = splitLines(draft.text);
    const locale = ctx.locale();
    const marks = findDraftMarks(draft.text);
    return {
      text: draft.text,
      fromYear: draft.fromYear ?? null,
      toYear: draft.toYear ?? null,
      reviews: draft.reviews.map((r) => ({ range: toRange(lines, r.start, r.end), kind: r.kind, message: formatMessage(locale, r.reason.key, r.reason.args) })),
      placeholders: draft.placeholders.map((p) => {
        const mark = marks.find((m) => m.start === p.start);
        const label = mark ? placeholderLabel(draft.text, mark) : p.previous;
        return { range: toRange(lines, p.start, p.end), kind: 'placeholder', message: formatMessage(locale, 'targetPlaceholder.fill', [label]) };
      }),
    };
  });

  ctx.onRequest(Requests.compare, (params: CompareParams): CompareResult => {
    let oldText = textOf(ctx, params.oldUri, params.oldText);
    let newText = textOf(ctx, params.newUri, params.newText);
    let oldYear = planYear(parseDocument(oldText));
    let newYear = planYear(parseDocument(newText));
    const swapped = !!params.orderByYear && oldYear !== undefined && newYear !== undefined && oldYear > newYear;
    if (swapped) {
      [oldText, newText] = [newText, oldText];
      [oldYear, newYear] = [newYear, oldYear];
    }
    const oldLines = splitLines(oldText);
    const newLines = splitLines(newText);
    const locale = ctx.locale();
    const { comparePlanTexts, formatChange } = onDemand();
    const rows = comparePlanTexts(oldText, newText).map((r) => ({
      metric: r.metric,
      category: r.category,
      status: r.status,
      old: sideInfo(oldLines, r.old),
      new: sideInfo(newLines, r.new),
      change: r.change ? { absolute: r.change.absolute, unit: r.change.unit, percent: r.change.percent ?? null, points: r.change.points } : null,
      changeText:
        r.status === 'onlyOld' ? formatMessage(locale, 'compare.onlyOld') : r.status === 'onlyNew' ? formatMessage(locale, 'compare.onlyNew') : formatChange(r.change, locale),
    }));
    return { rows, swapped, oldYear: oldYear ?? null, newYear: newYear ?? null };
  });
  return {};
}
