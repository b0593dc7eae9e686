/**
 * The outline as a flat list in document order (the CLI's `outline` contract) and as a tree
 * (document symbols). Enumerations are children of the heading whose section holds them.
 */
import type { DocumentModel, Enumeration, Heading } from './model';

export interface OutlineItem {
  readonly kind: 'heading' | 'enumeration';
  readonly depth: number;
  readonly marker: string;
  readonly title: string;
  /** 0-based line and UTF-16 column of the marker. */
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly source: Heading | Enumeration;
}

/** Flattens headings and (optionally) enumerations in document order. */
export function outlineItems(model: DocumentModel, includeEnumerations = true): OutlineItem[] {
  const items: OutlineItem[] = [];
  const { lines } = model;
  for (const h of model.headings) {
    items.push({
      kind: 'heading',
      depth: h.depth,
      marker: h.marker,
      title: h.title,
      line: h.line,
      column: h.start - lines[h.line].start,
      start: h.start,
      source: h,
    });
  }
  if (includeEnumerations) {
    for (const e of model.enumerations) {
      const depth = e.heading ? e.heading.depth + 1 : 1;
      items.push({
        kind: 'enumeration',
        depth,
        marker: e.marker,
        title: e.title,
        line: e.line,
        column: e.start - lines[e.line].start,
        start: e.start,
        source: e,
      });
    }
    items.sort((a, b) => a.start - b.start);
  }
  return items;
}
