/**
 * `cross-file-duplicate` (off by default; `workplan.crossFile.enabled`): a paragraph unchanged
 * from another work plan of the workspace, e.g. carried over from last year's plan. Other
 * documents are normalised once and cached by uri, length and a content hash.
 */
import { splitLines } from '../model/model';
import { keyOf, paragraphTable } from '../model/paragraphs';
import { duplicateInfo } from '../facts/duplicates';
import type { Rule } from '../types';

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

export const crossFileDuplicate: Rule = {
  id: 'cross-file-duplicate',
  defaultSeverity: 'info',
  defaultOff: true,
  description: 'rule.cross-file-duplicate',
  tags: ['duplicates', 'cross-file'],
  check({ text, model, options }, report) {
    const others = options.otherDocuments;
    if (!others || others.size === 0) return;
    const indexed = [...others.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([uri, doc]) => ({ uri, title: doc.title, paragraphs: indexOtherDocument(uri, doc.text) }));
    const { table } = duplicateInfo(model);
    const { lines } = model;
    for (let i = 0; i < lines.length; i++) {
      if (!table.counts[i]) continue;
      const key = keyOf(table, i);
      for (const other of indexed) {
        const line = other.paragraphs.get(key);
        if (line === undefined) continue;
        let start = lines[i].start;
        while (start < lines[i].end && /\s/.test(text[start])) start++;
        report({
          start,
          end: lines[i].end,
          message: { key: 'crossFile.same', args: [other.title, line + 1] },
          related: [{ start: 0, end: 0, uri: other.uri, line, message: { key: 'crossFile.related', args: [other.title, line + 1] } }],
        });
        break;
      }
    }
  },
};
