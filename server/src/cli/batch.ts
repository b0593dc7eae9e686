/**
 * `check` over many files: the work on one file (read, fix, analyse, rows with messages), and the
 * same in worker threads, one per job, each taking the next file as it finishes one, so that an
 * archive of thousands of plans uses every core. The CLI bundle itself is the worker's script.
 */
import * as fs from 'node:fs';
import { Worker, parentPort } from 'node:worker_threads';
import { analyze } from '../core/services/analyze';
import { applyEdits } from '../core/services/fixes';
import { verifiedFixAll } from '../core/services/fixAll';
import { repairChanges } from '../core/services/repair';
import { formatMessage } from '../core/messages';
import { positionAt } from '../core/model/model';
import { encodeText, locale, optionsFor, readInput, type InputFile } from './io';

export const CHECK_WORKER = 'workplan-check-worker';

export interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

export interface FileResult {
  readonly file: string;
  readonly rows: Row[];
  /** Findings before fixing. */
  readonly found: number;
  readonly fixed: number;
  /** Lines for stderr (fixed, not fixable). */
  readonly notes: string[];
  /** Rows of severity error (the exit code), also when `rows` was left out for `line`. */
  readonly errors: number;
  /** The file's `--format jsonl` line, made by the worker (then `rows` is empty: the main thread only prints). */
  readonly line?: string;
}

/** The `--format jsonl` line of one file. */
export function jsonLine(r: FileResult): string {
  return r.line ?? JSON.stringify({ file: r.file, findings: r.rows.map(({ file: _f, ...rest }) => rest) });
}

const msg = (key: Parameters<typeof formatMessage>[1], ...args: (string | number)[]) => formatMessage(locale, key, args);

/** Checks one file already read (with --fix: safe fixes applied and written back first). */
export function checkInput(input: InputFile, fix: boolean, repair = false): FileResult {
  let text = input.text;
  const options = optionsFor(input.file);
  const notes: string[] = [];
  if (repair) {
    // The repairs of `workplan repair` (joins, markers, page numbers, quotes, chrome): each listed, the file rewritten once.
    const changes = repairChanges(text);
    const next = applyEdits(
      text,
      changes.flatMap((c) => c.edits),
    );
    for (const c of changes) notes.push(`${input.file}:${c.line + 1}  ${msg(`repair.kind.${c.kind}` as const)}`);
    if (next !== text) {
      fs.writeFileSync(input.file, encodeText(next, input.encoding));
      notes.push(msg('cli.repaired', input.file, changes.length));
      text = next;
    }
  }
  let analysis = analyze(text, options);
  const before = analysis.findings.length;
  let fixed = 0;
  if (fix && input.stats) notes.push(msg('docx.noFix', input.file));
  else if (fix) {
    // Safe fixes until none is left (bounded: each pass must change the text); the last analysis
    // is of the text as it ends, so a clean file is analysed once.
    for (let pass = 0; pass < 10; pass++) {
      const edits = verifiedFixAll(analysis);
      if (!edits.length) break;
      const next = applyEdits(text, edits);
      if (next === text) break;
      text = next;
      analysis = analyze(text, options);
    }
    if (text !== input.text) {
      fixed = Math.max(0, before - analysis.findings.length);
      fs.writeFileSync(input.file, encodeText(text, input.encoding));
      notes.push(msg('cli.fixed', input.file, fixed));
    }
  }
  const { model, findings } = analysis;
  const rows = findings.map((f): Row => {
    const s = positionAt(model.lines, f.start);
    const e = positionAt(model.lines, f.end);
    return {
      file: input.file,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      rule: f.rule,
      severity: f.severity,
      message: formatMessage(locale, f.message.key, f.message.args),
    };
  });
  let errors = 0;
  for (const r of rows) if (r.severity === 'error') errors++;
  return { file: input.file, rows, found: before, fixed, notes, errors };
}

/** What a worker is given: every file, and the shared counter of the next file to take. */
type Start = { files: readonly string[]; fix: boolean; jsonl: boolean; next: SharedArrayBuffer };
type Reply = { index: number; result: FileResult } | { index: number; error: string } | 'done';

/** What one thread did in a batch (`WORKPLAN_BATCH_STATS=1`: printed on stderr at the end). */
export interface ThreadStats {
  files: number;
  /** Wall time inside checkInput and readInput. */
  busyMs: number;
  /** CPU time of the thread itself (GC and compiler helper threads not included). */
  cpuMs: number | undefined;
}

/** CPU milliseconds of the calling thread (Linux: /proc/thread-self, in clock ticks of 10 ms). */
export function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export const batchStats = process.env.WORKPLAN_BATCH_STATS === '1';

/**
 * Worker side: takes the next file from the shared counter until none is left (the main thread
 * plays no part in the dispatch: a main thread kept off the CPU by a busy machine left the
 * workers waiting for their next file), posts each result, then 'done'.
 */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) return;
  const stats: ThreadStats = { files: 0, busyMs: 0, cpuMs: undefined };
  port.on('message', (start: Start | 'stats') => {
    if (start === 'stats') {
      port.postMessage({ ...stats, cpuMs: threadCpuMs() });
      return;
    }
    const next = new Int32Array(start.next);
    for (let index = Atomics.add(next, 0, 1); index < start.files.length; index = Atomics.add(next, 0, 1)) {
      let reply: Reply;
      const t0 = performance.now();
      try {
        const result = checkInput(readInput(start.files[index]), start.fix);
        // JSON Lines: the line is made here, and the main thread gets a string instead of rows to clone.
        reply = { index, result: start.jsonl ? { ...result, rows: [], line: jsonLine(result) } : result };
      } catch (e) {
        reply = { index, error: e instanceof Error ? e.message : String(e) };
      }
      stats.files++;
      stats.busyMs += performance.now() - t0;
      port.postMessage(reply);
    }
    port.postMessage('done' satisfies Reply);
  });
}

/**
 * Checks `files` in `jobs` worker threads; `onResult` is called as each file finishes (in the
 * order they finish), `onError` for a file that cannot be read (return false to stop).
 */
export function checkInWorkers(
  files: readonly string[],
  options: { fix: boolean; jobs: number; script: string; jsonl: boolean },
  onResult: (index: number, r: FileResult) => void,
  onError: (index: number, message: string) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = new SharedArrayBuffer(4);
    const workers: Worker[] = [];
    let done = 0;
    const finish = () => {
      if (!batchStats) {
        for (const w of workers) void w.terminate();
        resolve();
        return;
      }
      void Promise.all(
        workers.map(
          (w) =>
            new Promise<ThreadStats>((got) => {
              w.removeAllListeners('message');
              w.once('message', got);
              w.postMessage('stats');
            }),
        ),
      ).then((stats) => {
        process.stderr.write(JSON.stringify({ workers: stats }) + '\n');
        for (const w of workers) void w.terminate();
        resolve();
      });
    };
    const count = Math.max(1, Math.min(options.jobs, files.length));
    for (let i = 0; i < count; i++) {
      const w = new Worker(options.script, { workerData: CHECK_WORKER });
      workers.push(w);
      w.on('message', (reply: Reply) => {
        if (reply === 'done') {
          if (++done === count) finish();
          return;
        }
        if ('error' in reply) {
          // Stop: no worker takes another file (the ones being checked still report).
          if (!onError(reply.index, reply.error)) Atomics.store(new Int32Array(next), 0, files.length);
        } else onResult(reply.index, reply.result);
      });
      w.on('error', (e) => {
        Atomics.store(new Int32Array(next), 0, files.length);
        for (const x of workers) void x.terminate();
        reject(e);
      });
      w.postMessage({ files, fix: options.fix, jsonl: options.jsonl, next } satisfies Start);
    }
  });
}
