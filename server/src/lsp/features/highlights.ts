/** Document highlights: the markers of the list the cursor's marker belongs to. */
import { DocumentHighlightKind, type DocumentHighlight, type Position, type ServerCapabilities } from 'vscode-languageserver';
import type { DocumentModel } from '../../core/model/model';
import { toOffset, toRange } from '../convert';
import type { FeatureHost } from '../host';

export function documentHighlights(model: DocumentModel, position: Position): DocumentHighlight[] {
  const offset = toOffset(model.lines, position);
  const h = model.headings.find((x) => x.start <= offset && offset <= x.markerEnd);
  if (h) {
    const siblings = model.headings.filter(
      (x) => x.parent === h.parent && x.context === h.context && x.family === h.family && x.depth === h.depth,
    );
    return siblings.map((x) => ({ range: toRange(model.lines, x.start, x.markerEnd), kind: DocumentHighlightKind.Text }));
  }
  const e = model.enumerations.find((x) => x.start <= offset && offset <= x.markerEnd);
  if (e) {
    return model.series[e.series].items.map((x) => ({
      range: toRange(model.lines, x.start, x.markerEnd),
      kind: DocumentHighlightKind.Text,
    }));
  }
  return [];
}

export function registerHighlights(ctx: FeatureHost): Partial<ServerCapabilities> {
  // The structure of the current text when it is at hand, never an analysis nor a parse of a
  // large document: asked at every cursor move while typing (none then; the next move after the
  // analysis has them).
  ctx.providers.onDocumentHighlight((p) => {
    const model = ctx.currentModel(p.textDocument.uri, true);
    return model ? documentHighlights(model, p.position) : [];
  });
  return { documentHighlightProvider: true };
}
