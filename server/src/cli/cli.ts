/**
 * The command-line front end over the core: outline, check (with --fix and SARIF), targets,
 * next-year and compare. Exit codes: 0 ok, 1 error-severity findings, 2 usage or I/O failure.
 */
import * as fs from 'node:fs';
import { analyze } from '../core/services/analyze';
import { collectFixAll, applyEdits } from '../core/services/fixes';
import { formatMessage } from '../core/messages';
import { positionAt } from '../core/model/model';
import { outlineItems } from '../core/model/outline';
import { parseDocument } from '../core/model/parse';
import { RULES } from '../core/rules/index';
import { toSarif } from './sarif';
import { CLI_COMMANDS } from './cliCommands';
import { takeFlag, takeOption, UsageError } from './arguments';
import { encodeText, locale, optionsFor, readInputs } from './io';

const msg = (key: Parameters<typeof formatMessage>[1], ...args: (string | number)[]) => formatMessage(locale, key, args);

function cmdOutline(args: string[], out: (s: string) => void): number {
  const json = takeFlag(args, '--json');
  const noEnum = takeFlag(args, '--no-enumerations');
  if (!args.length) throw new UsageError(msg('cli.usage'));
  const results = readInputs(args).map(({ file, text }) => {
    const model = parseDocument(text);
    const items = outlineItems(model, !noEnum).map((it) => ({
      kind: it.kind,
      depth: it.depth,
      marker: it.marker,
      title: it.title,
      line: it.line + 1,
      column: it.column + 1,
    }));
    return { file, title: model.title?.text, items };
  });
  if (json) out(JSON.stringify(results.map(({ file, items }) => ({ file, items })), null, 2));
  else {
    for (const r of results) {
      out(`${r.file}${r.title ? `  《${r.title}》` : ''}`);
      for (const it of r.items) {
        out(`${String(it.line).padStart(5)}  ${'  '.repeat(it.depth - 1)}${it.kind === 'enumeration' ? '· ' : ''}${it.marker}${it.title}`);
      }
      out('');
    }
  }
  return 0;
}

function cmdCheck(args: string[], out: (s: string) => void): number {
  let format = takeOption(args, '--format') ?? 'text';
  if (takeFlag(args, '--json')) format = 'json';
  const fix = takeFlag(args, '--fix');
  if (!['json', 'sarif', 'text'].includes(format)) throw new UsageError(`--format ${format}: json|sarif|text`);
  if (!args.length) throw new UsageError(msg('cli.usage'));
  const rows: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; rule: string; severity: string; message: string }> = [];
  let checked = 0;
  let found = 0;
  let fixedTotal = 0;
  for (const input of readInputs(args)) {
    let text = input.text;
    const options = optionsFor(input.file);
    checked++;
    let analysis = analyze(text, options);
    const before = analysis.findings.length;
    if (fix && input.stats) process.stderr.write(msg('docx.noFix', input.file) + '\n');
    else if (fix) {
      // Apply safe fixes until none is left (bounded: each pass must change the text); the last
      // analysis is of the text as it ends, so a clean file is analysed once.
      for (let pass = 0; pass < 10; pass++) {
        const edits = collectFixAll(analysis.findings);
        if (!edits.length) break;
        const next = applyEdits(text, edits);
        if (next === text) break;
        text = next;
        analysis = analyze(text, options);
      }
      if (text !== input.text) {
        const fixed = Math.max(0, before - analysis.findings.length);
        fixedTotal += fixed;
        fs.writeFileSync(input.file, encodeText(text, input.encoding));
        process.stderr.write(msg('cli.fixed', input.file, fixed) + '\n');
      }
    }
    found += before;
    const { model, findings } = analysis;
    for (const f of findings) {
      const s = positionAt(model.lines, f.start);
      const e = positionAt(model.lines, f.end);
      rows.push({
        file: input.file,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        rule: f.rule,
        severity: f.severity,
        message: formatMessage(locale, f.message.key, f.message.args),
      });
    }
  }
  if (format === 'json') out(JSON.stringify(rows, null, 2));
  else if (format === 'sarif') out(JSON.stringify(toSarif(rows, RULES, locale), null, 2));
  else {
    for (const r of rows) out(`${r.file}:${r.line}:${r.column}  ${r.severity}  ${r.message}  ${r.rule}`);
    out(fix ? msg('cli.summaryFixed', checked, found, fixedTotal) : msg('cli.summary', checked, found));
  }
  return rows.some((r) => r.severity === 'error') ? 1 : 0;
}

function cmdTargets(args: string[], out: (s: string) => void): number {
  const json = takeFlag(args, '--json');
  const csv = takeFlag(args, '--csv');
  if (!args.length) throw new UsageError(msg('cli.usage'));
  const rows: Array<Record<string, string | number | null>> = [];
  for (const input of readInputs(args)) {
    const { model, targets } = analyze(input.text, optionsFor(input.file));
    for (const t of targets) {
      const p = positionAt(model.lines, t.start);
      rows.push({
        file: input.file,
        line: p.line + 1,
        column: p.character + 1,
        text: t.text,
        metric: t.metric,
        value: t.value,
        valueMax: t.valueMax ?? null,
        unit: t.unit,
        qualifier: t.qualifier,
        kind: t.kind,
        zone: t.zone,
        unitKind: t.unitKind,
        measure: t.measure,
        scopeYear: t.scopeYear ?? null,
      });
    }
  }
  if (json) out(JSON.stringify(rows, null, 2));
  else if (csv) {
    const cols = ['file', 'line', 'column', 'text', 'metric', 'value', 'valueMax', 'unit', 'qualifier', 'kind', 'zone', 'unitKind', 'measure', 'scopeYear'];
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    out(cols.join(','));
    for (const r of rows) out(cols.map((c) => cell(r[c])).join(','));
  } else {
    for (const r of rows) {
      out(`${r.file}:${r.line}:${r.column}  ${r.kind === 'target' ? '◎' : '·'} ${r.metric ? r.metric + ' ' : ''}${r.text}${r.qualifier ? ` [${r.qualifier}]` : ''}`);
    }
  }
  return 0;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): number | Promise<number> {
  const args = [...argv];
  const command = args.shift();
  try {
    switch (command) {
      case 'outline':
        return cmdOutline(args, out);
      case 'check':
        return cmdCheck(args, out);
      case 'targets':
        return cmdTargets(args, out);
      default: {
        const extra = command ? CLI_COMMANDS[command] : undefined;
        if (extra) {
          const code = extra(args, out, { readInputs, locale });
          return typeof code === 'number' ? code : code.catch(failure);
        }
        throw new UsageError(msg('cli.usage'));
      }
    }
  } catch (e) {
    return failure(e);
  }
}

function failure(e: unknown): number {
  if (e instanceof UsageError) {
    process.stderr.write(e.message.split('\n')[0] + '\n');
    return 2;
  }
  process.stderr.write(`workplan: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
}

if (require.main === module) {
  // `workplan outline … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void Promise.resolve(main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
