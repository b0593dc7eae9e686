/** Helpers shared by the numbering rules: list fixes and marker labels. */
import { lowerBound, type DocumentModel, type Heading } from '../model/model';
import { formatMarker } from '../model/markers';
import { renumberEdits, type SiblingList } from '../model/lists';
import type { Fix } from '../types';

/**
 * "Renumber this list" for a list whose numbers are off; undefined when nothing would change, or
 * when a mid-line marker of its family stands inside it: renumbered, the list could take that
 * marker in (`3、……。 2、……` once 3 becomes 1) and be off again. The renumber command, which
 * renumbers until the reading settles, handles those.
 */
export function renumberFix(model: DocumentModel, list: SiblingList): Fix | undefined {
  const edits = renumberEdits(model.text, list);
  if (!edits.length || straysInside(model, list)) return undefined;
  return { title: { key: 'fix.renumberList' }, edits, safe: true };
}

function straysInside(model: DocumentModel, list: SiblingList): boolean {
  const strays = model.strayMarkers;
  const to = list.items[list.items.length - 1].end;
  for (let i = lowerBound(strays, (s) => s.start, list.items[0].start); i < strays.length && strays[i].start < to; i++) if (strays[i].family === list.items[0].family) return true;
  return false;
}

/** The marker a heading would carry with `value`, in its own style (for messages). */
export function markerFor(h: Heading, value: number): string {
  return formatMarker(h.family, h.variant, value);
}
