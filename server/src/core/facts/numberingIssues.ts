/**
 * One pass over a sibling list that classifies every number that is off: gap, duplicate, order
 * or start. A swap of two neighbours (一、三、二、四) is one `order` issue, not a gap and an order.
 */
import type { Heading } from '../model/model';
import type { SiblingList } from '../model/lists';

export interface NumberingIssue {
  readonly kind: 'gap' | 'duplicate' | 'order' | 'start';
  readonly heading: Heading;
  /** The sibling before it (undefined for the first item). */
  readonly after: Heading | undefined;
  /** The number this heading should carry. */
  readonly expected: number;
  /** For duplicates: the earlier heading with the same number. */
  readonly original?: Heading;
}

const cache = new WeakMap<SiblingList, NumberingIssue[]>();

export function numberingIssues(text: string, list: SiblingList): NumberingIssue[] {
  const hit = cache.get(list);
  if (hit) return hit;
  const out: NumberingIssue[] = [];
  const items = list.items;
  // Numbers a table's cells cite from a longer list (`56.`, `86.`: form 541) keep that list's numbers: none is off.
  if (items.every((h) => h.cited)) {
    cache.set(list, out);
    return out;
  }
  const first = items[0];
  if (first.value !== list.expectedFirst) {
    // A continued count that jumps is a gap; a list that starts elsewhere than 1 is a start issue.
    const kind = list.expectedFirst === 1 ? 'start' : 'gap';
    const swapped = items.length > 1 && items[1].value === list.expectedFirst && first.value === list.expectedFirst + 1;
    if (!swapped)
      out.push({ kind, heading: first, after: list.previous?.items[list.previous.items.length - 1], expected: list.expectedFirst });
  }
  // Compare with the highest number so far, so that one fault is reported once.
  let running = first.value;
  for (let i = 1; i < items.length; i++) {
    const h = items[i];
    const prev = items[i - 1];
    const v = h.value;
    if (v === running + 1) {
      running = v;
      continue;
    }
    const next = items[i + 1];
    if (next && v === next.value + 1 && next.value > running && (next.value === running + 1 || gapExplained(text, prev, next, running))) {
      // Swapped neighbours: report the one that comes too late, once.
      out.push({ kind: 'order', heading: next, after: h, expected: v });
      running = v;
      i++;
      continue;
    }
    if (i === 1 && first.value === list.expectedFirst + 1 && v === list.expectedFirst) {
      out.push({ kind: 'order', heading: h, after: first, expected: list.expectedFirst + 1 });
      continue;
    }
    const original = items.slice(0, i).find((x) => x.value === v);
    if (original) {
      out.push({ kind: 'duplicate', heading: h, after: prev, expected: running + 1, original });
    } else if (v > running + 1) {
      if (!gapExplained(text, prev, h, running)) out.push({ kind: 'gap', heading: h, after: prev, expected: running + 1 });
      running = v;
    } else {
      out.push({ kind: 'order', heading: h, after: prev, expected: running + 1 });
    }
  }
  cache.set(list, out);
  return out;
}

/**
 * True when every missing number stands at a line start between the two headings but was not
 * taken as a heading because a digit follows (`20.2026年10件民生实事` in a notes list).
 */
function gapExplained(text: string, prev: Heading, h: Heading, from: number): boolean {
  if (prev.family !== 'ar') return false;
  const between = text.slice(prev.titleEnd, h.start);
  for (let v = from + 1; v < h.value; v++) {
    if (!new RegExp(`(?:^|\\n)[ \\t\u3000?\uFFFD]*${v}[${prev.variant}]\\d`).test(between)) return false;
  }
  return true;
}
