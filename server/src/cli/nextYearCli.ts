/**
 * CLI commands `next-year FILE` (next year's draft) and `compare OLD NEW` (the targets of two
 * plans side by side). Both run the same core as the server.
 */
import type { CliCommand } from './command';
import { takeFlag } from './arguments';
import { comparePlanTexts, formatSide, rowStatusText, type CompareRow } from '../core/services/compare';
import { formatMessage, type Locale } from '../core/messages';
import { positionAt, splitLines } from '../core/model/model';
import { draftNextYearFromText } from '../core/services/nextYear';

const nextYear: CliCommand = (args, out, env) => {
  const json = takeFlag(args, '--json');
  if (args.length !== 1) {
    process.stderr.write(formatMessage(env.locale, 'nextYear.usage') + '\n');
    return 2;
  }
  const [input] = env.readInputs(args);
  if (!input) return 2;
  const draft = draftNextYearFromText(input.text);
  const lines = splitLines(draft.text);
  const reason = (key: Parameters<typeof formatMessage>[1], a: readonly (string | number)[] | undefined) =>
    formatMessage(env.locale, key, a);
  if (json) {
    const at = (offset: number) => {
      const p = positionAt(lines, offset);
      return { line: p.line + 1, column: p.character + 1 };
    };
    out(
      JSON.stringify(
        {
          file: input.file,
          fromYear: draft.fromYear ?? null,
          toYear: draft.toYear ?? null,
          text: draft.text,
          placeholders: draft.placeholders.map((p) => ({ ...at(p.start), previous: p.previous })),
          reviews: draft.reviews.map((r) => ({ ...at(r.start), kind: r.kind, reason: reason(r.reason.key, r.reason.args) })),
        },
        null,
        2,
      ),
    );
  } else {
    // The draft exactly as drafted (out() adds the final line break the file may lack).
    out(draft.text.endsWith('\n') ? draft.text.slice(0, -1) : draft.text);
  }
  const err = (s: string) => process.stderr.write(s + '\n');
  if (draft.fromYear === undefined) err(formatMessage(env.locale, 'nextYear.noPlanYear', [input.file]));
  else
    err(
      formatMessage(env.locale, 'nextYear.summary', [
        input.file,
        draft.fromYear,
        draft.toYear ?? '',
        draft.placeholders.length,
        draft.reviews.length,
      ]),
    );
  return 0;
};

/** Terminal columns of a string (CJK and full-width forms take two). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** The comparison as a text table: metric, last year (line), this year (line), change. */
export function compareTable(rows: readonly CompareRow[], locale: Locale): string[] {
  const cell = (r: CompareRow, which: 'old' | 'new') => {
    const s = r[which];
    return s ? `${formatSide(s)} (${s.line + 1})` : '—';
  };
  const table = [
    [
      formatMessage(locale, 'compare.metric'),
      formatMessage(locale, 'compare.old'),
      formatMessage(locale, 'compare.new'),
      formatMessage(locale, 'compare.change'),
    ],
    ...rows.map((r) => [r.metric, cell(r, 'old'), cell(r, 'new'), rowStatusText(r, locale)]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => width(row[c]))));
  return table.map((row) =>
    row
      .map((c, i) => (i < 3 ? pad(c, widths[i]) : c))
      .join('  ')
      .trimEnd(),
  );
}

const compare: CliCommand = (args, out, env) => {
  const json = takeFlag(args, '--json');
  if (args.length !== 2) {
    process.stderr.write(formatMessage(env.locale, 'compare.usage') + '\n');
    return 2;
  }
  const [oldFile, newFile] = env.readInputs(args);
  const rows = comparePlanTexts(oldFile.text, newFile.text);
  // 1-based lines, as in `targets --json`.
  const sideJson = (s: CompareRow['old']) => (s ? { ...s, valueMax: s.valueMax ?? null, line: s.line + 1 } : null);
  if (json)
    out(
      JSON.stringify(
        {
          old: oldFile.file,
          new: newFile.file,
          rows: rows.map((r) => ({ ...r, change: r.change ?? null, old: sideJson(r.old), new: sideJson(r.new) })),
        },
        null,
        2,
      ),
    );
  else for (const line of compareTable(rows, env.locale)) out(line);
  return 0;
};

export const NEXT_YEAR_COMMANDS: Record<string, CliCommand> = { 'next-year': nextYear, compare };
