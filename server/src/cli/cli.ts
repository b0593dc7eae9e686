/**
 * The command-line front end over the core: outline, check (with --fix and SARIF), targets,
 * next-year and compare. Exit codes: 0 ok, 1 error-severity findings, 2 usage or I/O failure.
 */
import * as os from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { analyze } from '../core/services/analyze';
import { shownText } from '../core/facts/targets';
import { formatMessage } from '../core/messages';
import { positionAt } from '../core/model/model';
import { outlineItems } from '../core/model/outline';
import { parseDocument } from '../core/model/parse';
import { RULES } from '../core/rules/index';
import { toSarif } from './sarif';
import { CLI_COMMANDS } from './cliCommands';
import { takeFlag, takeOption, UsageError } from './arguments';
import { listInputs, locale, optionsFor, readInput, readInputs } from './io';
import { batchStats, CHECK_WORKER, checkInput, checkInWorkers, jsonLine, runCheckWorker, threadCpuMs, type FileResult } from './batch';

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
  if (json)
    out(
      JSON.stringify(
        results.map(({ file, items }) => ({ file, items })),
        null,
        2,
      ),
    );
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

function cmdCheck(args: string[], out: (s: string) => void, workerScript: string | undefined): number | Promise<number> {
  let format = takeOption(args, '--format') ?? 'text';
  if (takeFlag(args, '--json')) format = 'json';
  const fix = takeFlag(args, '--fix');
  const repair = takeFlag(args, '--repair');
  const jobsArg = takeOption(args, '--jobs');
  const jobs = jobsArg === undefined ? (os.availableParallelism?.() ?? os.cpus().length) : Number(jobsArg);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${jobsArg}: a whole number, 1 or more`);
  if (!['json', 'jsonl', 'sarif', 'text'].includes(format)) throw new UsageError(`--format ${format}: json|jsonl|sarif|text`);
  if (!args.length) throw new UsageError(msg('cli.usage'));
  const files = listInputs(args);
  const results: FileResult[] = new Array(files.length);
  const progress = process.stderr.isTTY ? new Progress(files.length) : undefined;
  let failed = false;
  const take = (index: number, r: FileResult) => {
    results[index] = r;
    for (const n of r.notes) process.stderr.write(n + '\n');
    // JSON Lines: one line per file as it finishes (shard-friendly; order is completion order).
    if (format === 'jsonl') out(jsonLine(r));
    progress?.tick(r.found);
  };
  const started = performance.now();
  const report = (): number => {
    progress?.clear();
    if (batchStats) {
      const cpu = process.cpuUsage();
      const stats = { wallMs: performance.now() - started, processCpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs: threadCpuMs() };
      process.stderr.write(JSON.stringify(stats) + '\n');
    }
    if (failed) return 2;
    const done = results.filter(Boolean);
    const rows = done.flatMap((r) => r.rows);
    const found = done.reduce((n, r) => n + r.found, 0);
    const fixedTotal = done.reduce((n, r) => n + r.fixed, 0);
    if (format === 'json') out(JSON.stringify(rows, null, 2));
    else if (format === 'sarif') out(JSON.stringify(toSarif(rows, RULES, locale), null, 2));
    else if (format === 'text') {
      for (const r of rows) out(`${r.file}:${r.line}:${r.column}  ${r.severity}  ${r.message}  ${r.rule}`);
      out(fix ? msg('cli.summaryFixed', done.length, found, fixedTotal) : msg('cli.summary', done.length, found));
    }
    return done.some((r) => r.errors > 0) ? 1 : 0;
  };
  // --fix and --repair write files: every file is read (and refused) before any is changed, on one thread.
  if (workerScript && jobs > 1 && files.length > 1 && !fix && !repair) {
    return checkInWorkers(files, { fix, jobs, script: workerScript, jsonl: format === 'jsonl' }, take, (index, message) => {
      if (format !== 'jsonl') {
        progress?.clear();
        process.stderr.write(message.split('\n')[0] + '\n');
        failed = true;
        return false;
      }
      out(JSON.stringify({ file: files[index], error: message.split('\n')[0] }));
      failed = true;
      return true;
    }).then(report);
  }
  if (format === 'jsonl') {
    files.forEach((file, i) => {
      try {
        take(i, checkInput(readInput(file), fix, repair));
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        out(JSON.stringify({ file, error: e.message.split('\n')[0] }));
        failed = true;
      }
    });
    return report();
  }
  const inputs = files.map(readInput);
  inputs.forEach((input, i) => take(i, checkInput(input, fix, repair)));
  return report();
}

/** Files done, problems and rate on a terminal's stderr, one line redrawn at most ten times a second. */
class Progress {
  private done = 0;
  private problems = 0;
  private readonly started = Date.now();
  private shown = 0;

  constructor(private readonly total: number) {}

  tick(problems: number): void {
    this.done++;
    this.problems += problems;
    const now = Date.now();
    if (now - this.shown < 100 && this.done < this.total) return;
    this.shown = now;
    const rate = Math.round(this.done / Math.max(0.001, (now - this.started) / 1000));
    process.stderr.write(`\r${msg('cli.progress', this.done, this.total, this.problems, rate)}\x1b[K`);
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
  }
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
        text: shownText(t),
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
    const cols = [
      'file',
      'line',
      'column',
      'text',
      'metric',
      'value',
      'valueMax',
      'unit',
      'qualifier',
      'kind',
      'zone',
      'unitKind',
      'measure',
      'scopeYear',
    ];
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    out(cols.join(','));
    for (const r of rows) out(cols.map((c) => cell(r[c])).join(','));
  } else {
    for (const r of rows) {
      out(
        `${r.file}:${r.line}:${r.column}  ${r.kind === 'target' ? '◎' : '·'} ${r.metric ? r.metric + ' ' : ''}${r.text}${r.qualifier ? ` [${r.qualifier}]` : ''}`,
      );
    }
  }
  return 0;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
/**
 * `workerScript`: the CLI bundle, started as worker threads by `check --jobs N` (without it,
 * as when a test calls main in-process, files are checked one after the other).
 */
export function main(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  workerScript: string | undefined = require.main === module ? __filename : undefined,
): number | Promise<number> {
  const args = [...argv];
  const command = args.shift();
  try {
    switch (command) {
      case 'outline':
        return cmdOutline(args, out);
      case 'check': {
        const code = cmdCheck(args, out, workerScript);
        return typeof code === 'number' ? code : code.catch(failure);
      }
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

if (!isMainThread && workerData === CHECK_WORKER) runCheckWorker();
else if (require.main === module) {
  // `workplan outline … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void Promise.resolve(main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
