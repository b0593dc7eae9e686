/** Helpers shared by the numbering rules: list fixes and marker labels. */
import type { Heading } from '../model';
import { formatMarker } from '../markers';
import { renumberEdits, type SiblingList } from '../lists';
import type { Fix } from '../types';

/** "Renumber this list" for a list whose numbers are off; undefined when nothing would change. */
export function renumberFix(text: string, list: SiblingList): Fix | undefined {
  const edits = renumberEdits(text, list);
  return edits.length ? { title: { key: 'fix.renumberList' }, edits, safe: true } : undefined;
}

/** The marker a heading would carry with `value`, in its own style (for messages). */
export function markerFor(h: Heading, value: number): string {
  return formatMarker(h.family, h.variant, value);
}
