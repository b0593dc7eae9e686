/** `workplan tasks [--json|--csv|--markdown] FILE|DIR...`: the task division of each plan. */
import { formatMessage } from '../core/messages';
import { parseDocument } from '../core/model/parse';
import { extractTasks } from '../core/facts/tasks';
import { taskRows, tasksCsv, tasksMarkdown } from '../core/facts/taskTable';
import type { CliCommand } from './command';

const cmdTasks: CliCommand = (args, out, env) => {
  const take = (flag: string) => {
    const i = args.indexOf(flag);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const json = take('--json');
  const csv = take('--csv');
  const markdown = take('--markdown');
  if (!args.length) {
    process.stderr.write(formatMessage(env.locale, 'cli.usage') + '\n');
    return 2;
  }
  const inputs = env.readInputs(args);
  const rows = inputs.flatMap(({ file, text }) => {
    const model = parseDocument(text);
    return taskRows(model, extractTasks(model)).map((r) => ({ file, ...r }));
  });
  if (json) {
    out(
      JSON.stringify(
        rows.map((r) => ({
          file: r.file,
          line: r.line,
          column: r.column,
          title: r.title,
          lead: r.lead,
          responsible: r.responsible,
          deadline: r.deadline,
          section: r.section,
        })),
        null,
        2,
      ),
    );
  } else if (csv) {
    // The BOM and CRLFs are part of the file; `out` adds the LF of the last CRLF.
    out(tasksCsv(rows, env.locale, true).replace(/\n$/, ''));
  } else if (markdown) {
    out(tasksMarkdown(rows, env.locale, true).replace(/\n$/, ''));
  } else {
    const none = formatMessage(env.locale, 'tasks.none');
    for (const r of rows) {
      const deadline = r.deadline ? `  ⏱ ${r.deadline}` : '';
      out(`${r.file}:${r.line}:${r.column}  ${r.title}`);
      out(
        `    ${formatMessage(env.locale, 'tasks.col.lead')}: ${r.lead.join('、') || none}  ${formatMessage(env.locale, 'tasks.col.responsible')}: ${r.responsible.join('、') || none}${deadline}`,
      );
    }
    out(formatMessage(env.locale, 'tasks.summary', [inputs.length, rows.length]));
  }
  return 0;
};

export const TASK_COMMANDS: Record<string, CliCommand> = { tasks: cmdTasks };
