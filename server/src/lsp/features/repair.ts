/**
 * Server command "修复断行与抓取文本 / Repair line breaks and scraped text" (`workplan.server.repairText`;
 * `workplan.server.repairLineBreaks` is the same command under its older name): the repairs of
 * core/services/repair.ts (joins, rebuilt markers, quotes, page numbers, web chrome) as one
 * `workspace/applyEdit`, one text edit per change. With `review` (the default) each edit carries
 * the annotation of its kind, which needs confirmation: the editor shows a preview in which each
 * can be unticked. `{ apply: false }` answers with the edit without applying it.
 */
import type { AnnotatedTextEdit, ChangeAnnotation, ServerCapabilities, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { formatMessage } from '../../core/messages';
import { repairChanges } from '../../core/services/repair';
import { ServerCommands, type RepairResult } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toRange } from '../convert';

export function registerRepair(ctx: FeatureHost): Partial<ServerCapabilities> {
  const repair = async (args: unknown[]): Promise<RepairResult> => {
    const [uri, options] = args as [string, { review?: boolean; apply?: boolean } | undefined];
    const locale = ctx.locale();
    const doc = ctx.document(uri);
    const analysis = await ctx.analysisFor(uri);
    const nothing = (applied: boolean): RepairResult => ({ applied, count: 0, message: formatMessage(locale, 'repair.nothing') });
    if (!doc || !analysis) return nothing(false);
    const { model } = analysis;
    const changes = repairChanges(doc.getText(), model);
    if (!changes.length) return nothing(true);
    const review = options?.review !== false;
    const annotations: Record<string, ChangeAnnotation> = {};
    const edits: Array<TextEdit | AnnotatedTextEdit> = [];
    for (const c of changes) {
      if (review) annotations[c.kind] ??= { label: formatMessage(locale, `repair.kind.${c.kind}`), needsConfirmation: true };
      for (const e of c.edits) {
        const edit: TextEdit = { range: toRange(model.lines, e.start, e.end), newText: e.newText };
        edits.push(review ? { ...edit, annotationId: c.kind } : edit);
      }
    }
    const documentChange: TextDocumentEdit = { textDocument: { uri, version: doc.version }, edits };
    const edit = { documentChanges: [documentChange], ...(review ? { changeAnnotations: annotations } : {}) };
    const count = changes.length;
    if (options?.apply === false) return { applied: false, count, message: formatMessage(locale, 'repair.found', [count]), edit };
    const result = await ctx.applyEdit({ label: formatMessage(locale, 'repair.label'), edit });
    const done = review ? 'repair.done' : 'repair.applied';
    return { applied: result.applied, count, message: formatMessage(locale, result.applied ? done : 'repair.nothing', [count]), edit };
  };
  ctx.onCommand(ServerCommands.repairText, repair);
  ctx.onCommand(ServerCommands.repairLineBreaks, repair);
  return {};
}
