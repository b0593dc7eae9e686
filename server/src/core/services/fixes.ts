/**
 * Applying fixes: edits are data computed by rules; this file applies them to text and picks
 * a non-overlapping set for "fix all".
 */
import type { Finding, TextEdit } from '../types';

/** Applies non-overlapping edits (any order) to `text`. Throws on overlap: a bug upstream. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) throw new Error(`overlapping or invalid edit at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * The edits of the first safe fix of each finding (optionally of one rule), dropping any fix
 * whose edits overlap an earlier one; run again to fix what was left.
 */
export function collectFixAll(findings: readonly Finding[], rule?: string): TextEdit[] {
  return collectFixGroups(findings, rule).flatMap((g) => g.edits);
}

/** The fixes `collectFixAll` picks, one group of edits per fix, with the rule that offered it. */
export function collectFixGroups(findings: readonly Finding[], rule?: string): Array<{ rule: string; edits: TextEdit[] }> {
  const groups: Array<{ rule: string; edits: TextEdit[] }> = [];
  const taken: Array<[number, number]> = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (rule && f.rule !== rule) continue;
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue; // one renumbering fix is shared by every finding of a list
    const overlaps = fix.edits.some((e) => taken.some(([s, t]) => (e.start < t && s < e.end) || (e.start === e.end && e.start === s)));
    if (overlaps) continue;
    seen.add(key);
    for (const e of fix.edits) taken.push([e.start, e.end]);
    groups.push({ rule: f.rule, edits: [...fix.edits] });
  }
  return groups;
}
