/** Document and range formatting: minimal edits computed by core/format. */
import type { Range, ServerCapabilities, TextEdit as LspEdit } from 'vscode-languageserver';
import type { DocumentModel } from '../../core/model/model';
import type { WorkplanSettings } from '../../shared/settings';
import type { FeatureHost } from '../host';
import { toOffset, toRange } from '../convert';
import { onDemand } from '../../runtime/onDemand';

/** LSP edits formatting the document, or only `range` of it. */
export function formattingEdits(model: DocumentModel, settings: WorkplanSettings, range?: Range): LspEdit[] {
  const span = range ? { start: toOffset(model.lines, range.start), end: toOffset(model.lines, range.end) } : undefined;
  return onDemand()
    .formatEdits(model, { profile: settings.profile, splitRunInHeadings: settings.format.splitRunInHeadings }, span)
    .map((e) => ({
      range: toRange(model.lines, e.start, e.end),
      newText: e.newText,
    }));
}

export function registerFormatting(ctx: FeatureHost): Partial<ServerCapabilities> {
  const handle = async (uri: string, range: Range | undefined, token: { isCancellationRequested: boolean }) => {
    const analysis = await ctx.analysisFor(uri);
    if (!analysis || token.isCancellationRequested) return [];
    return formattingEdits(analysis.model, await ctx.settingsFor(uri), range);
  };
  ctx.providers.onDocumentFormatting((p, token) => handle(p.textDocument.uri, undefined, token));
  ctx.providers.onDocumentRangeFormatting((p, token) => handle(p.textDocument.uri, p.range, token));
  return { documentFormattingProvider: true, documentRangeFormattingProvider: true };
}
