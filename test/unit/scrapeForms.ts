/**
 * The forms scrapes deliver a document in (docs/domain.md §6), made from a document as written: the
 * golden tests score the same ground truth in each (targets-golden.test.ts, outline-golden.test.ts).
 */
export const SCRAPE_FORMS: Readonly<Record<string, (text: string) => string>> = {
  'as written': (t) => t,
  // Every line break lost, the lines joined with a space.
  flattened: (t) => t.replace(/\r?\n/g, ' '),
  // Every line cut every 38 characters (numbers cut in two included).
  wrapped: (t) =>
    t
      .split(/\r?\n/)
      .map((l) => (l.match(/.{1,38}/gu) ?? []).join('\n'))
      .join('\n'),
};
