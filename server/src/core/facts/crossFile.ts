/**
 * The long paragraphs of other work plans of the workspace, normalised as the duplicate checks
 * normalise them, for the `cross-file-duplicate` rule. Other documents are normalised once and
 * cached by uri, length and a content hash.
 */
import { splitLines } from '../model/model';
import { keyOf, paragraphTable } from '../model/paragraphs';

interface Indexed {
  readonly length: number;
  readonly hash: number;
  /** Normalised long paragraph → its 0-based line. */
  readonly paragraphs: ReadonlyMap<string, number>;
}

const MAX_CACHED = 256;
const indexCache = new Map<string, Indexed>();

/** A cheap content hash: every 61st UTF-16 unit plus both ends, enough to notice an edit's shift. */
function contentHash(text: string): number {
  let h = 0x811c9dc5;
  const mix = (c: number) => (h = Math.imul(h ^ c, 0x01000193));
  for (let i = 0; i < text.length; i += 61) mix(text.charCodeAt(i));
  for (let i = Math.max(0, text.length - 256); i < text.length; i++) mix(text.charCodeAt(i));
  for (let i = 0; i < Math.min(256, text.length); i++) mix(text.charCodeAt(i));
  return h >>> 0;
}

/** The long paragraphs of another document, cached. */
export function indexOtherDocument(uri: string, text: string): ReadonlyMap<string, number> {
  const hash = contentHash(text);
  const hit = indexCache.get(uri);
  if (hit && hit.length === text.length && hit.hash === hash) return hit.paragraphs;
  const lines = splitLines(text);
  const table = paragraphTable(text, lines);
  const paragraphs = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (!table.counts[i]) continue;
    const key = keyOf(table, i);
    if (!paragraphs.has(key)) paragraphs.set(key, i);
  }
  if (indexCache.size >= MAX_CACHED && !hit) indexCache.delete(indexCache.keys().next().value as string);
  indexCache.set(uri, { length: text.length, hash, paragraphs });
  return paragraphs;
}
