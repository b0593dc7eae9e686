/**
 * Fix All that never damages a document: the safe fixes are applied, the result is analysed again,
 * and any fix is dropped that creates a numbering finding the document did not have or loses a
 * heading (a renumbering that read a scrape's lost `三、` as a gap would make two `三、`). Used by
 * `source.fixAll`, "fix all of this rule" and the CLI's `--fix`.
 */
import { analysisOptions, analyze, type Analysis } from './analyze';
import { applyEdits, collectFixGroups } from './fixes';
import { DEFAULT_OPTIONS, type AnalysisOptions, type TextEdit } from '../types';

/** Past this length only the whole set is checked (each check is one more analysis). */
const PER_FIX_LIMIT = 300_000;
/** At most this many fixes are tried one by one. */
const MAX_TRIALS = 40;

/** Rules whose findings say the numbering structure is wrong. */
function isNumberingRule(rule: string): boolean {
  return rule.startsWith('numbering-') || rule === 'level-inversion' || rule === 'marker-punctuation' || rule === 'duplicate-heading';
}

/**
 * Where an offset of the text lands once `edits` (sorted, not overlapping) are applied; -1 when
 * an edit deletes the marker at it altogether.
 */
function mapper(edits: readonly TextEdit[]): (offset: number, markerEnd?: number) => number {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  return (offset, markerEnd = offset + 1) => {
    let delta = 0;
    for (const e of sorted) {
      if (e.start > offset) break;
      if (offset < e.end) {
        // Inside an edit: a replaced numeral maps to the edit's start; a marker deleted whole is gone.
        return e.newText === '' && e.end >= markerEnd ? -1 : e.start + delta;
      }
      delta += e.newText.length - (e.end - e.start);
    }
    return offset + delta;
  };
}

const key = (title: string) => title.replace(/[\s\u3000…]/g, '');

/**
 * True when the text after `edits` lost a heading (one whose marker no longer starts a heading, or
 * deleted with no copy of its title left, as a repeated copy is) or has a numbering finding of a
 * rule where there was none.
 */
function damages(before: Analysis, edits: readonly TextEdit[], after: Analysis): boolean {
  const map = mapper(edits);
  const starts = new Set(after.model.headings.map((h) => h.start));
  const titles = new Set(after.model.headings.map((h) => key(h.title)));
  for (const h of before.model.headings) {
    const at = map(h.start, h.markerEnd);
    if (at < 0 ? !titles.has(key(h.title)) : !starts.has(at)) return true;
  }
  const had = new Set<string>();
  for (const f of before.findings) if (isNumberingRule(f.rule)) had.add(`${f.rule}|${map(f.start)}`);
  for (const f of after.findings) if (isNumberingRule(f.rule) && !had.has(`${f.rule}|${f.start}`)) return true;
  return false;
}

/**
 * The edits of Fix All (optionally of one rule) on the analysed text, each fix re-checked: the
 * whole set when it does no damage, else the fixes that do none alone and together.
 */
export function verifiedFixAll(
  analysis: Analysis,
  rule?: string,
  options: AnalysisOptions = analysisOptions(analysis) ?? DEFAULT_OPTIONS,
): TextEdit[] {
  const groups = collectFixGroups(analysis.findings, rule);
  if (!groups.length) return [];
  const text = analysis.model.text;
  const opts: AnalysisOptions = { ...options, otherDocuments: undefined };
  const ok = (edits: TextEdit[]) => !damages(analysis, edits, analyze(applyEdits(text, edits), opts));
  const all = groups.flatMap((g) => g.edits);
  if (ok(all)) return all;
  const kept =
    text.length <= PER_FIX_LIMIT && groups.length <= MAX_TRIALS
      ? groups.filter((g) => ok(g.edits))
      : groups.filter((g) => !isNumberingRule(g.rule));
  const together = kept.flatMap((g) => g.edits);
  if (ok(together)) return together;
  // Fixes that are fine alone but not together: keep them in order while the sum stays fine.
  const acc: TextEdit[] = [];
  for (const g of kept.slice(0, MAX_TRIALS)) if (ok([...acc, ...g.edits])) acc.push(...g.edits);
  return acc;
}
