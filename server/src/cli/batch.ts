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
  return { file: input.file, rows, found: before, fixed, notes };
}

type Job = { index: number; file: string; fix: boolean };
type Reply = { index: number; result: FileResult } | { index: number; error: string };

/** Worker side: checks the files it is sent until the main thread is done. */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: Job) => {
    let reply: Reply;
    try {
      reply = { index: job.index, result: checkInput(readInput(job.file), job.fix) };
    } catch (e) {
      reply = { index: job.index, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}

/**
 * Checks `files` in `jobs` worker threads; `onResult` is called as each file finishes (in the
 * order they finish), `onError` for a file that cannot be read (return false to stop).
 */
export function checkInWorkers(
  files: readonly string[],
  options: { fix: boolean; jobs: number; script: string },
  onResult: (index: number, r: FileResult) => void,
  onError: (index: number, message: string) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = 0;
    let stopped = false;
    const workers: Worker[] = [];
    const finish = () => {
      for (const w of workers) void w.terminate();
      resolve();
    };
    const feed = (w: Worker) => {
      if (stopped || next >= files.length) return;
      const index = next++;
      pending++;
      w.postMessage({ index, file: files[index], fix: options.fix } satisfies Job);
    };
    const count = Math.max(1, Math.min(options.jobs, files.length));
    for (let i = 0; i < count; i++) {
      const w = new Worker(options.script, { workerData: CHECK_WORKER });
      workers.push(w);
      w.on('message', (reply: Reply) => {
        pending--;
        if ('error' in reply) {
          if (!onError(reply.index, reply.error)) stopped = true;
        } else onResult(reply.index, reply.result);
        feed(w);
        if (pending === 0 && (stopped || next >= files.length)) finish();
      });
      w.on('error', (e) => {
        stopped = true;
        for (const x of workers) void x.terminate();
        reject(e);
      });
      // Two files in flight per worker: the next is there when one finishes.
      feed(w);
      feed(w);
    }
  });
}
