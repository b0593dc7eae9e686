/**
 * `npm run fuzz [-- --cases N --seed S --window W --hang SECONDS]`: the property tests' invariants (see
 * test/unit/reliability.ts) on a million random and mutated documents. Runs in chunks with fresh
 * seeds; a failing chunk is shrunk, recorded by kind (the message without its numbers) and the
 * run goes on. Each chunk runs in a worker thread that reports every case before it checks it: a case
 * that does not finish within `--hang` seconds (30) ends the worker and is recorded as a hang with
 * that case as its example (a loop in the analysis would otherwise stop the run for ever, unreported).
 * Prints the count, the time and every kind of failure with its smallest example; exits 1 when
 * anything failed.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { anyDocument, checkDocument, formatter, knownIssue } from '../unit/reliability';

/** What a chunk's worker is given. */
interface ChunkJob {
  seed: number;
  numRuns: number;
  window: number;
  fixOffset: number;
}
/** What it answers when the chunk is done. */
interface ChunkDone {
  type: 'done';
  numRuns: number;
  fixOffset: number;
  failed: boolean;
  message: string;
  counterexample: string;
}
/** A chunk whose case `text` did not finish in time, after `cases` cases. */
interface ChunkHang {
  type: 'hang';
  text: string;
  cases: number;
}

if (isMainThread) void main();
else checkChunk(workerData as ChunkJob);

/** A worker's chunk: every case is posted before it is checked. */
function checkChunk(job: ChunkJob): void {
  let fixOffset = job.fixOffset;
  // Each case checks a few fixes (rotating through the findings) to keep a case around a millisecond.
  const property = fc.property(anyDocument(job.window), (text) => {
    parentPort!.postMessage({ type: 'case', text });
    return checkDocument(text, { maxFixes: 3, fixOffset: fixOffset++ });
  });
  const r = fc.check(property, { numRuns: job.numRuns, seed: job.seed, maxSkipsPerRun: 0 });
  const done: ChunkDone = {
    type: 'done',
    numRuns: r.numRuns,
    fixOffset,
    failed: r.failed,
    message: r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance),
    counterexample: String(r.counterexample?.[0] ?? ''),
  };
  parentPort!.postMessage(done);
}

/** One chunk in a worker: its answer, or a hang with the case it was checking. */
function runChunk(job: ChunkJob, hangMs: number): Promise<ChunkDone | ChunkHang> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    let last = '';
    let cases = 0;
    let lastAt = Date.now();
    const watch = setInterval(() => {
      if (Date.now() - lastAt < hangMs) return;
      clearInterval(watch);
      void worker.terminate();
      resolve({ type: 'hang', text: last, cases });
    }, 1000);
    worker.on('message', (m: { type: 'case'; text: string } | ChunkDone) => {
      if (m.type === 'case') {
        last = m.text;
        cases++;
        lastAt = Date.now();
        return;
      }
      clearInterval(watch);
      resolve(m);
    });
    worker.on('error', (e) => {
      clearInterval(watch);
      reject(e);
    });
  });
}

interface Failure {
  kind: string;
  message: string;
  example: string;
  seed: number;
  count: number;
}

async function main(): Promise<void> {
  const arg = (name: string, dflt: number): number => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const total = arg('--cases', 1_000_000);
  const chunk = arg('--chunk', 20_000);
  const window = arg('--window', 3000);
  const hangMs = arg('--hang', 30) * 1000;
  let seed = arg('--seed', Date.now() % 2 ** 31);
  const failures = new Map<string, Failure>();
  const started = Date.now();
  let done = 0;
  let fixOffset = 0;
  const record = (kind: string, message: string, example: string, chunkSeed: number) => {
    const old = failures.get(kind);
    if (!old || example.length < old.example.length)
      failures.set(kind, { kind, message, example, seed: chunkSeed, count: (old?.count ?? 0) + 1 });
    else old.count++;
  };

  console.log(`fuzz: ${total} cases, chunks of ${chunk}, first seed ${seed}, formatter ${formatter ? formatter.name : 'none'}`);
  while (done < total) {
    const numRuns = Math.min(chunk, total - done);
    const r = await runChunk({ seed, numRuns, window, fixOffset }, hangMs);
    if (r.type === 'hang') {
      // The cases before the hang count; the rest of the chunk is skipped (the next chunk has a new seed).
      done += r.cases;
      fixOffset += r.cases;
      const kind = `HANG: a case did not finish within ${hangMs / 1000} s`;
      record(kind, `${kind} (case ${r.cases} of the chunk; not shrunk)`, JSON.stringify(r.text), seed);
    } else {
      done += r.numRuns;
      fixOffset = r.fixOffset;
      if (r.failed) {
        const known = knownIssue(r.message, r.counterexample);
        const kind =
          (known ? `KNOWN ${known}: ` : '') +
          r.message
            .replace(/\d+/g, 'N')
            .replace(/"[^"]*"|\[[^\]]*\]|\{[^}]*\}/g, '…')
            .slice(0, 120);
        record(kind, r.message, JSON.stringify(r.counterexample), seed);
      }
    }
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const secs = (Date.now() - started) / 1000;
    process.stdout.write(`\r${done} cases, ${failures.size} kinds of failure, ${secs.toFixed(0)} s (${Math.round(done / secs)}/s)   `);
  }
  console.log(
    `\nfuzz: ${done} cases in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failures.size === 0 ? 'no failures' : `${failures.size} kinds of failure`}`,
  );
  // Each failure's whole message and example (a JSON string) in a file of its own, as the lines below are cut.
  const out = failures.size ? fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-fuzz-')) : '';
  for (const f of failures.values()) {
    const file = path.join(out, `seed-${f.seed}.json`);
    fs.writeFileSync(file, JSON.stringify({ seed: f.seed, message: f.message, example: JSON.parse(f.example) as string }, null, 1));
    console.log(`\nFAILURE (${f.count} chunk(s)), seed ${f.seed}: ${f.message.slice(0, 600)}`);
    console.log(`  smallest example: ${f.example.length > 2000 ? f.example.slice(0, 2000) + '…' : f.example}`);
    console.log(`  whole example: ${file}`);
  }
  const unknown = [...failures.values()].filter((f) => !f.kind.startsWith('KNOWN ')).length;
  console.log(`\nfuzz: ${failures.size - unknown} known (reported) kinds, ${unknown} new kinds`);
  process.exit(failures.size ? 1 : 0);
}
