/** Server command "重新编号 / Renumber": the whole document, or the list at a position. */
import type { Position, ServerCapabilities } from 'vscode-languageserver';
import { renumber } from '../../core/services/renumber';
import { verifiedFixAll } from '../../core/services/fixAll';
import { ServerCommands } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toOffset, toRange } from '../convert';

export function registerRenumber(ctx: FeatureHost): Partial<ServerCapabilities> {
  const run = (command: string) => async (args: unknown[]) => {
    const [uri, arg] = args as [string, Position | string | undefined];
    const doc = ctx.document(uri);
    const analysis = await ctx.analysisFor(uri);
    if (!doc || !analysis) return { applied: false, count: 0 };
    const lines = analysis.model.lines;
    const edits =
      command === ServerCommands.renumber
        ? renumber(analysis.model, arg && typeof arg === 'object' ? toOffset(lines, arg) : undefined)
        : verifiedFixAll(analysis, typeof arg === 'string' ? arg : undefined);
    if (!edits.length) return { applied: true, count: 0 };
    const result = await ctx.applyEdit({
      label: command === ServerCommands.renumber ? 'Renumber' : 'Fix all',
      edit: {
        documentChanges: [
          {
            textDocument: { uri, version: doc.version },
            edits: edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })),
          },
        ],
      },
    });
    return { applied: result.applied, count: edits.length };
  };
  ctx.onCommand(ServerCommands.renumber, run(ServerCommands.renumber));
  ctx.onCommand(ServerCommands.fixAllOfRule, run(ServerCommands.fixAllOfRule));
  return {};
}
