/**
 * The task division in the editor: `workplan/tasks` (the Tasks view), `workplan/tasksExport`
 * (CSV with BOM or a Markdown table, in the user's language) and the hover on a unit name, which
 * lists the tasks the unit leads or is responsible for.
 */
import type { Hover, ServerCapabilities } from 'vscode-languageserver';
import { tasksOf, type Task, type TaskUnit } from '../../core/facts/tasks';
import { taskRows, tasksCsv, tasksMarkdown, sectionLabel } from '../../core/facts/taskTable';
import { formatMessage, type Locale } from '../../core/messages';
import type { DocumentModel } from '../../core/model/model';
import { Requests, type TaskInfo, type TasksExportParams, type UriParams } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toPosition, toRange } from '../convert';

export function taskInfos(model: DocumentModel, tasks: readonly Task[]): TaskInfo[] {
  return tasks.map((t) => {
    const s = toPosition(model.lines, t.start);
    // The range shown on jump: the task's first line (its end may be paragraphs later).
    const e = toPosition(model.lines, Math.min(t.end, model.lines[s.line].end));
    return {
      line: s.line,
      character: s.character,
      endLine: e.line,
      endCharacter: e.line === s.line ? e.character : model.lines[s.line].end - model.lines[s.line].start,
      title: t.title,
      lead: t.lead.map((u) => ({ name: u.name, key: u.key })),
      responsible: t.responsible.map((u) => ({ name: u.name, key: u.key })),
      deadline: t.deadline?.text ?? null,
      section: sectionLabel(t.section),
      sectionLine: t.section ? t.section.line : -1,
    };
  });
}

/** The unit named at `offset` in one of the task assignments, if any. */
function unitAt(tasks: readonly Task[], offset: number): TaskUnit | undefined {
  for (const t of tasks) {
    if (offset < t.start || offset > t.end) continue;
    for (const u of [...t.lead, ...t.responsible]) if (u.start <= offset && offset <= u.end) return u;
  }
  return undefined;
}

/** Markdown: the unit, its counts, and up to 20 of its tasks with their lines. */
export function unitHover(model: DocumentModel, offset: number, locale: Locale): Hover | null {
  const tasks = tasksOf(model);
  if (!tasks.length) return null;
  const u = unitAt(tasks, offset);
  if (!u) return null;
  const leads = tasks.filter((t) => t.lead.some((x) => x.key === u.key));
  const resp = tasks.filter((t) => t.responsible.some((x) => x.key === u.key));
  const rows = [formatMessage(locale, 'tasks.unitHover', [u.name, leads.length, resp.length]), ''];
  const all = tasks.filter((t) => leads.includes(t) || resp.includes(t));
  for (const t of all.slice(0, 20)) {
    const role = formatMessage(locale, leads.includes(t) ? 'tasks.unitHoverLead' : 'tasks.unitHoverResponsible');
    rows.push(`- ${formatMessage(locale, 'tasks.lineRef', [t.line + 1])} · ${role} · ${t.title.replace(/[\\`*_[\]<>|]/g, '\\$&')}`);
  }
  if (all.length > 20) rows.push('- …');
  return { contents: { kind: 'markdown', value: rows.join('\n') }, range: toRange(model.lines, u.start, u.end) };
}

export function registerTasksRequest(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onRequest(Requests.tasks, async (p: UriParams, token) => {
    // The newest analysis: the view refreshes on the next targetsChanged anyway.
    const a = await ctx.newestAnalysis(p.uri, token);
    if (!a || token?.isCancellationRequested) return [];
    return taskInfos(a.model, tasksOf(a.model));
  });
  ctx.onRequest(Requests.tasksExport, async (p: TasksExportParams) => {
    const a = await ctx.analysisFor(p.uri);
    const rows = a ? taskRows(a.model, tasksOf(a.model)) : [];
    return { content: p.format === 'csv' ? tasksCsv(rows, ctx.locale()) : tasksMarkdown(rows, ctx.locale()) };
  });
  return {};
}
