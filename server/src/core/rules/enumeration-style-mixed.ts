/** `enumeration-style-mixed`: a run-in series written in mixed forms (seed 001: 一要……二是要……三是要). */
import type { Enumeration, EnumerationFamily, EnumerationSeries } from '../model/model';
import type { Fix, Rule } from '../types';

/** Rewrites a 一是/一要 marker in the other form, keeping the rest of the clause. */
function convert(text: string, e: Enumeration, to: EnumerationFamily): Fix | undefined {
  if (to === 'shi' && e.family === 'yao') {
    // 一要依法行政 → 一是要依法行政: insert 是 before 要.
    const at = e.markerEnd - 1;
    return {
      title: { key: 'fix.normaliseMarker', args: [e.marker.slice(0, -1) + '是要'] },
      edits: [{ start: at, end: at, newText: '是' }],
      safe: false,
    };
  }
  if (to === 'yao' && e.family === 'shi') {
    const at = e.markerEnd - 1; // the 是
    const followedByYao = text[e.markerEnd] === '要';
    return {
      title: { key: 'fix.normaliseMarker', args: [e.marker.slice(0, -1) + '要'] },
      edits: [followedByYao ? { start: at, end: at + 1, newText: '' } : { start: at, end: at + 1, newText: '要' }],
      safe: false,
    };
  }
  return undefined;
}

/**
 * A series whose reading a changed form cannot change: it counts 1, 2, 3… with no stray items,
 * and no other series runs across it (`一是…一要…二要…三是要`: an item turned into 是 could join
 * the other series). Only such a series gets a fix.
 */
function settled(all: readonly EnumerationSeries[], s: EnumerationSeries): boolean {
  if (s.strays || s.items.some((e, i) => e.value !== i + 1)) return false;
  const from = s.items[0].start;
  const to = s.items[s.items.length - 1].start;
  return !all.some((o) => o !== s && o.items[0].start < to && o.items[o.items.length - 1].start > from);
}

/**
 * True when another series stood at the number before `e` when `e` came (`一是…二是…三要…` open
 * while `一要…二要…三是…四是` goes on): in a new form `e` could join that series instead.
 */
function awaited(all: readonly EnumerationSeries[], s: EnumerationSeries, e: Enumeration): boolean {
  for (const o of all) {
    if (o === s) continue;
    let before: Enumeration | undefined;
    for (const x of o.items) {
      if (x.start > e.start) break;
      before = x;
    }
    if (before && before.value === e.value - 1) return true;
  }
  return false;
}

export const enumerationStyleMixed: Rule = {
  id: 'enumeration-style-mixed',
  defaultSeverity: 'warning',
  description: 'rule.enumeration-style-mixed',
  tags: ['enumeration', 'style'],
  locality: 'structure',
  check({ text, model }, report) {
    for (const s of model.series) {
      const counts = new Map<EnumerationFamily, number>();
      for (const e of s.items) counts.set(e.family, (counts.get(e.family) ?? 0) + 1);
      if (counts.size < 2) continue;
      let best = s.items[0].family;
      for (const [f, n] of counts) if (n > (counts.get(best) ?? 0)) best = f;
      const example = s.items.find((e) => e.family === best) as Enumeration;
      const fixable = settled(model.series, s);
      for (const e of s.items) {
        if (e.family === best) continue;
        const fix = fixable && !awaited(model.series, s, e) ? convert(text, e, best) : undefined;
        report({
          start: e.start,
          end: e.markerEnd,
          message: { key: 'enumeration.styleMixed', args: [e.marker, example.marker] },
          related: [
            { start: example.start, end: example.markerEnd, message: { key: 'enumeration.styleMixed', args: [e.marker, example.marker] } },
          ],
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};
