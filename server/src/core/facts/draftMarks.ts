/**
 * The marks a next-year draft leaves in a plan: target placeholders `【12】` and review marks
 * `【待核：4月22日】`. Shared: the core reads them (diagnostics, compare), the client moves
 * between placeholders (Tab).
 */

/** A `【…】` mark left in a document: a target placeholder or a review mark. */
export interface DraftMark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'placeholder' | 'review';
  /** The text inside the mark (`12`, or `4月22日` without the `待核：` label). */
  readonly inner: string;
  readonly innerStart: number;
}

const RE_MARK = /【(待核[：:])?([^【】\r\n]{1,60})】/g;
/** What a placeholder holds: last year's value (`12`, `8.7`, `1~2`, `4.5%—5%`, `两`). */
const RE_PLACEHOLDER_VALUE = /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?(?:\s*[~～\-—－–至到]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?)?|[一二三四五六七八九十百千万两〇零]{1,4})$/;

/** Finds the placeholders and review marks in `text` (only the forms the drafter writes). */
export function findDraftMarks(text: string): DraftMark[] {
  const marks: DraftMark[] = [];
  if (!text.includes('【')) return marks;
  for (const m of text.matchAll(RE_MARK)) {
    const innerStart = m.index + 1 + (m[1]?.length ?? 0);
    if (m[1]) marks.push({ start: m.index, end: m.index + m[0].length, kind: 'review', inner: m[2], innerStart });
    else if (RE_PLACEHOLDER_VALUE.test(m[2])) marks.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder', inner: m[2], innerStart });
  }
  return marks;
}
