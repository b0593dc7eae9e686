/**
 * Analysis of large documents off the main thread, so the server keeps answering requests (for
 * other documents, cancellations, the client's pings) while a multi-megabyte plan is analysed.
 * The worker is this same bundle started with `workerData: WORKER_TAG`; the main thread sends
 * `{ id, text, options }` and gets the analysis back (structured clone keeps the model's links).
 */
import { Worker, parentPort } from 'node:worker_threads';
import { analyze, type Analysis } from './core/analyze';
import { splitLines } from './core/model';
import type { AnalysisOptions } from './core/types';

export const WORKER_TAG = 'workplan-analysis-worker';

interface Request {
  id: number;
  text: string;
  options: AnalysisOptions;
}

/** Worker side: answers analysis requests until the main thread exits. */
export function runAnalysisWorker(): void {
  parentPort?.on('message', (req: Request) => {
    try {
      const analysis = analyze(req.text, req.options);
      // The text and the line table are rebuilt on the main thread: no need to copy them back.
      const model = { ...analysis.model, text: '', lines: [] };
      parentPort?.postMessage({ id: req.id, analysis: { ...analysis, model } });
    } catch (e) {
      parentPort?.postMessage({ id: req.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  });
}

/** Main side: one worker, started on first use, requests answered in order. */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void; text: string }>();

  constructor(private readonly script: string) {}

  analyze(text: string, options: AnalysisOptions): Promise<Analysis> {
    const worker = this.start();
    const id = this.next++;
    // Cross-file texts stay on the main thread's side of large analyses (they are optional).
    const { otherDocuments: _drop, ...plain } = options;
    void _drop;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, text });
      worker.postMessage({ id, text, options: plain });
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: WORKER_TAG });
    worker.unref();
    worker.on('message', (msg: { id: number; analysis?: Analysis; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error || !msg.analysis) {
        p.reject(new Error(msg.error ?? 'analysis failed'));
        return;
      }
      const model = msg.analysis.model as { text: string; lines: unknown };
      model.text = p.text;
      model.lines = splitLines(p.text);
      p.resolve(msg.analysis);
    });
    const fail = (e: Error) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`analysis worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }
}
