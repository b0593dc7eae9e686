/**
 * The long paragraphs of other work plans of the workspace, normalised as the duplicate checks
 * normalise them, for the `cross-file-duplicate` rule. Other documents are normalised once per
 * version: the caller's version (bumped by file events and document versions) when it gives one,
 * else the text itself, compared whole. Never a sampled hash: an edit of the same length
 * between two sampled characters would return the old paragraphs.
 */
import { splitLines } from '../model/model';
import { keyOf, paragraphTable } from '../model/paragraphs';

interface Indexed {
  readonly text: string;
  readonly version: number | undefined;
  /** Normalised long paragraph → its 0-based line. */
  readonly paragraphs: ReadonlyMap<string, number>;
}

const MAX_CACHED = 256;
const indexCache = new Map<string, Indexed>();

/** The long paragraphs of another document, cached per uri and version (or text). */
export function indexOtherDocument(uri: string, text: string, version?: number): ReadonlyMap<string, number> {
  const hit = indexCache.get(uri);
  if (
    hit &&
    (version !== undefined ? hit.version === version && hit.text.length === text.length : hit.version === undefined && hit.text === text)
  )
    return hit.paragraphs;
  const lines = splitLines(text);
  const table = paragraphTable(text, lines);
  const paragraphs = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (!table.counts[i]) continue;
    const key = keyOf(table, i);
    if (!paragraphs.has(key)) paragraphs.set(key, i);
  }
  if (indexCache.size >= MAX_CACHED && !hit) indexCache.delete(indexCache.keys().next().value as string);
  indexCache.set(uri, { text, version, paragraphs });
  return paragraphs;
}
