/** Document symbols: the heading tree, with run-in enumerations as children. */
import { SymbolKind, type DocumentSymbol, type ServerCapabilities } from 'vscode-languageserver';
import type { DocumentModel, Enumeration, Heading } from '../../core/model/model';
import { formatMessage, type Locale } from '../../core/messages';
import { planYear } from '../../core/facts/targets';
import { documentZones } from '../../core/facts/zones';
import { toRange } from '../convert';
import type { FeatureHost } from '../host';

/**
 * Hierarchical symbols for the outline and breadcrumbs. With a locale, a heading that opens the
 * review or the plan part says so in its detail (`回顾 / review`), so the outline shows the zones
 * whose figures are facts and those whose figures are targets.
 */
export function documentSymbols(model: DocumentModel, showEnumerations: boolean, locale?: Locale): DocumentSymbol[] {
  const lines = model.lines;
  const details = new Map<Heading, string>();
  if (locale) {
    for (const z of documentZones(model, planYear(model))) {
      if (z.heading && z.kind !== 'none') details.set(z.heading, formatMessage(locale, z.kind === 'review' ? 'zone.review' : 'zone.plan'));
    }
  }
  const enumSymbol = (e: Enumeration): DocumentSymbol => ({
    name: `${e.marker}${e.title}`,
    kind: SymbolKind.EnumMember,
    range: toRange(lines, e.start, Math.max(e.end, e.markerEnd)),
    selectionRange: toRange(lines, e.start, e.markerEnd),
  });
  const headingSymbol = (h: Heading): DocumentSymbol => {
    const children: DocumentSymbol[] = [];
    let ei = 0;
    const own = showEnumerations ? h.enumerations : [];
    // Interleave child headings and this heading's own enumerations in document order.
    for (const c of h.children) {
      while (ei < own.length && own[ei].start < c.start) children.push(enumSymbol(own[ei++]));
      children.push(headingSymbol(c));
    }
    while (ei < own.length) children.push(enumSymbol(own[ei++]));
    return {
      name: `${h.marker}${h.title}`,
      detail: details.get(h) ?? '',
      kind: h.depth === 1 ? SymbolKind.Namespace : h.depth === 2 ? SymbolKind.Module : SymbolKind.Class,
      range: toRange(lines, h.start, Math.max(h.end, h.titleEnd)),
      selectionRange: toRange(lines, h.start, Math.max(h.titleEnd, h.markerEnd)),
      children,
    };
  };
  const out: DocumentSymbol[] = [];
  if (showEnumerations) {
    // Enumerations outside any heading (in the preamble) are top-level symbols.
    let ri = 0;
    for (const e of model.enumerations) {
      if (e.heading) continue;
      while (ri < model.roots.length && model.roots[ri].start < e.start) out.push(headingSymbol(model.roots[ri++]));
      out.push(enumSymbol(e));
    }
    while (ri < model.roots.length) out.push(headingSymbol(model.roots[ri++]));
  } else {
    for (const r of model.roots) out.push(headingSymbol(r));
  }
  return out;
}

export function registerSymbols(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.onDocumentSymbol((p, token) =>
    ctx.withNewestAnalysis(p.textDocument.uri, token, [], async (a) =>
      documentSymbols(a.model, (await ctx.settingsFor(p.textDocument.uri)).outline.showEnumerations, ctx.locale()),
    ),
  );
  return { documentSymbolProvider: { label: 'Workplan' } };
}
