/**
 * Server command "清理粘贴内容 / Clean up pasted text": applies every paste-artifact fix of a
 * document at once through `workspace/applyEdit` (whatever the rule's severity setting).
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import { collectFixAll } from '../../core/services/fixes';
import { formatMessage } from '../../core/messages';
import { pasteArtifactFindings } from '../../core/facts/pasteFindings';
import { ServerCommands, type CleanPasteResult } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toRange } from '../convert';

export function registerCleanPaste(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onCommand(ServerCommands.cleanPaste, async (args): Promise<CleanPasteResult> => {
    const [uri] = args as [string];
    const doc = ctx.document(uri);
    const analysis = await ctx.analysisFor(uri);
    const locale = ctx.locale();
    if (!doc || !analysis) return { applied: false, count: 0, message: formatMessage(locale, 'cleanPaste.nothing') };
    const { model } = analysis;
    const findings = pasteArtifactFindings(model.text, model).map((f) => ({ ...f, rule: 'paste-artifact', severity: 'warning' as const }));
    const edits = collectFixAll(findings);
    const count = findings.filter((f) => f.fixes?.length && f.fixes[0].edits.every((e) => edits.includes(e))).length;
    if (!edits.length) return { applied: true, count: 0, message: formatMessage(locale, 'cleanPaste.nothing') };
    const result = await ctx.applyEdit({
      label: formatMessage(locale, 'cleanPaste.label'),
      edit: {
        documentChanges: [
          {
            textDocument: { uri, version: doc.version },
            edits: edits.map((e) => ({ range: toRange(model.lines, e.start, e.end), newText: e.newText })),
          },
        ],
      },
    });
    return {
      applied: result.applied,
      count,
      message: formatMessage(locale, result.applied ? 'cleanPaste.done' : 'cleanPaste.nothing', [count]),
    };
  });
  return {};
}
