/**
 * Server command "修整抓取文本 / Repair scraped text": the repairs of core/services/repair.ts (joins,
 * rebuilt markers, quotes) and the web-chrome deletions, sent through `workspace/applyEdit` as
 * annotated edits that need confirmation, one annotation per kind: the editor shows a preview in
 * which each repair can be reviewed and unticked.
 */
import type { AnnotatedTextEdit, ServerCapabilities } from 'vscode-languageserver';
import { collectFixAll } from '../../core/services/fixes';
import { formatMessage } from '../../core/messages';
import { pasteArtifactFindings } from '../../core/facts/pasteFindings';
import { repairs } from '../../core/services/repair';
import { ServerCommands, type CleanPasteResult } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toRange } from '../convert';

export function registerRepair(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onCommand(ServerCommands.repairText, async (args): Promise<CleanPasteResult> => {
    const [uri] = args as [string];
    const doc = ctx.document(uri);
    const analysis = await ctx.analysisFor(uri);
    const locale = ctx.locale();
    if (!doc || !analysis) return { applied: false, count: 0, message: formatMessage(locale, 'repair.nothing') };
    const { model } = analysis;
    const edits: Array<{ start: number; end: number; newText: string; kind: string }> = repairs(model).map((r) => ({
      ...r.edit,
      kind: r.kind,
    }));
    const chrome = pasteArtifactFindings(model.text, model)
      .filter((f) => f.message.key === 'paste.chrome')
      .map((f) => ({ ...f, rule: 'paste-artifact', severity: 'warning' as const }));
    for (const e of collectFixAll(chrome)) if (!edits.some((x) => e.start < x.end && x.start < e.end)) edits.push({ ...e, kind: 'chrome' });
    if (!edits.length) return { applied: true, count: 0, message: formatMessage(locale, 'repair.nothing') };
    edits.sort((a, b) => a.start - b.start);
    const kinds = [...new Set(edits.map((e) => e.kind))];
    const label = (kind: string) =>
      kind === 'chrome' ? formatMessage(locale, 'cleanPaste.label') : formatMessage(locale, `repair.${kind}` as 'repair.quotes');
    const result = await ctx.applyEdit({
      label: formatMessage(locale, 'repair.label'),
      edit: {
        documentChanges: [
          {
            textDocument: { uri, version: doc.version },
            edits: edits.map((e): AnnotatedTextEdit => ({
              range: toRange(model.lines, e.start, e.end),
              newText: e.newText,
              annotationId: e.kind,
            })),
          },
        ],
        changeAnnotations: Object.fromEntries(kinds.map((k) => [k, { label: label(k), needsConfirmation: true }])),
      },
    });
    return {
      applied: result.applied,
      count: edits.length,
      message: formatMessage(locale, result.applied ? 'repair.done' : 'repair.nothing', [edits.length]),
    };
  });
  return {};
}
