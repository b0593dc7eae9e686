/**
 * The task list as rows, CSV and a Markdown table: one shape for the CLI, the editor's export and
 * the Tasks view. CSV starts with a BOM so that Excel on Chinese Windows reads it as UTF-8.
 */
import { formatMessage, type Locale, type MessageKey } from '../messages';
import type { DocumentModel, Heading } from '../model/model';
import type { Task } from './tasks';

export interface TaskRow {
  /** 1-based line and UTF-16 column of the task's start. */
  readonly line: number;
  readonly column: number;
  readonly title: string;
  readonly lead: readonly string[];
  readonly responsible: readonly string[];
  readonly deadline: string | null;
  /** The section the task sits in, marker and title (`（一）产业提升人才行动计划`), '' at top level. */
  readonly section: string;
  /** Grouping keys of the units, in the order of `lead` then `responsible`. */
  readonly leadKeys: readonly string[];
  readonly responsibleKeys: readonly string[];
  readonly start: number;
  readonly end: number;
}

export function sectionLabel(h: Heading | undefined): string {
  return h ? `${h.marker}${h.title}` : '';
}

export function taskRows(model: DocumentModel, tasks: readonly Task[]): TaskRow[] {
  return tasks.map((t) => ({
    line: t.line + 1,
    column: t.start - model.lines[t.line].start + 1,
    title: t.title,
    lead: t.lead.map((u) => u.name),
    responsible: t.responsible.map((u) => u.name),
    deadline: t.deadline?.text ?? null,
    section: sectionLabel(t.section),
    leadKeys: t.lead.map((u) => u.key),
    responsibleKeys: t.responsible.map((u) => u.key),
    start: t.start,
    end: t.end,
  }));
}

const COLUMNS = ['file', 'line', 'column', 'title', 'lead', 'responsible', 'deadline', 'section'] as const;

function header(locale: Locale, withFile: boolean): string[] {
  return COLUMNS.filter((c) => withFile || c !== 'file').map((c) => formatMessage(locale, `tasks.col.${c}` as MessageKey));
}

function cells(r: TaskRow & { file?: string }, withFile: boolean): string[] {
  const v = [
    r.file ?? '',
    String(r.line),
    String(r.column),
    r.title,
    r.lead.join('、'),
    r.responsible.join('、'),
    r.deadline ?? '',
    r.section,
  ];
  return withFile ? v : v.slice(1);
}

/** RFC 4180 CSV with a BOM and CRLF line ends (what Excel expects). */
export function tasksCsv(rows: readonly (TaskRow & { file?: string })[], locale: Locale, withFile = false): string {
  const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [header(locale, withFile), ...rows.map((r) => cells(r, withFile))].map((l) => l.map(cell).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** A Markdown table; `|` inside a cell is escaped. */
export function tasksMarkdown(rows: readonly (TaskRow & { file?: string })[], locale: Locale, withFile = false): string {
  const cell = (s: string) =>
    s
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ');
  const head = header(locale, withFile);
  const out = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of rows) out.push(`| ${cells(r, withFile).map(cell).join(' | ')} |`);
  return out.join('\n') + '\n';
}
