/** Folding ranges: one per section (heading line to the section's last line). */
import { FoldingRangeKind, type FoldingRange, type ServerCapabilities } from 'vscode-languageserver';
import { lineAt, type DocumentModel } from '../../core/model/model';
import type { FeatureHost } from '../host';

export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of model.headings) {
    const endLine = lineAt(model.lines, Math.max(h.end - 1, h.start));
    if (endLine > h.line) out.push({ startLine: h.line, endLine });
  }
  if (model.preamble && model.title) {
    const s = lineAt(model.lines, model.preamble.start);
    const e = lineAt(model.lines, Math.max(model.preamble.end - 1, model.preamble.start));
    if (e > s + 1) out.push({ startLine: s + 1, endLine: e, kind: FoldingRangeKind.Region });
  }
  return out;
}

export function registerFolding(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.onFoldingRanges((p, token) => ctx.withNewestAnalysis(p.textDocument.uri, token, [], (a) => foldingRanges(a.model)));
  return { foldingRangeProvider: true };
}
