/**
 * Server command "修复断行 / Repair line breaks": the repairs of core/services/lineBreaks.ts as one
 * `workspace/applyEdit`, one text edit per change. With `{ review: true }` (VS Code sends it) each
 * change carries an annotation that needs confirmation, so the editor shows them in its preview,
 * where each can be unticked.
 */
import type {
  ChangeAnnotation,
  ServerCapabilities,
  TextDocumentEdit,
  AnnotatedTextEdit,
  TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { formatMessage } from '../../core/messages';
import { repairChanges, type RepairKind } from '../../core/services/lineBreaks';
import { splitLines } from '../../core/model/model';
import { ServerCommands, type RepairResult } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toRange } from '../convert';

const KIND_KEYS = {
  join: 'lineBreaks.kind.join',
  marker: 'lineBreaks.kind.marker',
  pageNumber: 'lineBreaks.kind.pageNumber',
  quotes: 'lineBreaks.kind.quotes',
} as const;

export function registerRepairLineBreaks(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onCommand(ServerCommands.repairLineBreaks, async (args): Promise<RepairResult> => {
    const [uri, options] = args as [string, { review?: boolean; apply?: boolean } | undefined];
    const doc = ctx.document(uri);
    const locale = ctx.locale();
    if (!doc) return { applied: false, count: 0, message: formatMessage(locale, 'lineBreaks.nothing') };
    const text = doc.getText();
    const changes = repairChanges(text);
    if (!changes.length) return { applied: true, count: 0, message: formatMessage(locale, 'lineBreaks.nothing') };
    const lines = splitLines(text);
    const review = options?.review === true;
    const annotations: Record<string, ChangeAnnotation> = {};
    const edits: Array<LspTextEdit | AnnotatedTextEdit> = [];
    for (const c of changes) {
      const id = `${c.kind}`;
      if (review && !annotations[id])
        annotations[id] = { label: formatMessage(locale, KIND_KEYS[c.kind as RepairKind]), needsConfirmation: true };
      for (const e of c.edits) {
        const edit: LspTextEdit = { range: toRange(lines, e.start, e.end), newText: e.newText };
        edits.push(review ? { ...edit, annotationId: id } : edit);
      }
    }
    const documentChange: TextDocumentEdit = { textDocument: { uri, version: doc.version }, edits };
    const edit = { documentChanges: [documentChange], ...(review ? { changeAnnotations: annotations } : {}) };
    if (options?.apply === false)
      return { applied: false, count: changes.length, message: formatMessage(locale, 'lineBreaks.found', [changes.length]), edit };
    const result = await ctx.applyEdit({ label: formatMessage(locale, 'lineBreaks.label'), edit });
    return {
      applied: result.applied,
      count: changes.length,
      message: formatMessage(locale, result.applied ? 'lineBreaks.done' : 'lineBreaks.nothing', [changes.length]),
      edit,
    };
  });
  return {};
}
