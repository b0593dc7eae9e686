/**
 * Reading the protocol from stdin off the main thread (`--stdio`). vscode-jsonrpc's
 * StreamMessageReader joins the chunks, decodes the body and JSON.parses it on the main thread:
 * 100+ ms for a 10 MB didOpen, during which requests for other documents wait. Here a worker
 * thread (stdioReaderWorker.ts, bundled on its own as dist/stdio-reader.js so that it starts
 * quickly) reads fd 0 itself, parses the base protocol (frameParser.ts) and posts the parsed
 * messages; the main thread only receives them. The main thread must then leave process.stdin alone.
 */
import { Worker } from 'node:worker_threads';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

/** The worker's workerData (tests recognise the reader's worker by it). */
export const STDIO_READER_TAG = 'workplan-stdio-reader';

/** Worker → main thread. `ready`: stdin is open, nothing read yet. */
export type ReaderEvent = { kind: 'ready' } | { kind: 'message'; message: Message } | { kind: 'error'; error: string } | { kind: 'close' };

/**
 * Main side: a MessageReader fed by the worker. Messages that arrive before `listen` wait for it.
 * Fires onClose when stdin ends (or the worker dies), onError for what the worker could not parse.
 */
export class WorkerStdioReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly waiting: Message[] = [];
  private closed = false;
  /** A `shutdown` request has come in: the exit code is 0 when stdin then closes (as vscode-languageserver does). */
  shutdownReceived = false;

  private constructor(private readonly worker: Worker) {
    super();
    worker.on('message', (e: ReaderEvent) => {
      if (e.kind === 'message') this.deliver(e.message);
      else if (e.kind === 'error') this.fireError(new Error(e.error));
      else if (e.kind === 'close') this.close();
    });
    worker.on('error', (e) => {
      this.fireError(e);
      this.close();
    });
    worker.on('exit', () => this.close());
  }

  /** Starts the worker on `script` (dist/stdio-reader.js); rejects if it fails before opening stdin. */
  static start(script: string): Promise<WorkerStdioReader> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData: STDIO_READER_TAG });
      } catch (e) {
        reject(e);
        return;
      }
      const onError = (e: Error) => done(e);
      const onExit = (code: number) => done(new Error(`stdin reader exited with ${code} before opening stdin`));
      const onMessage = (e: ReaderEvent) => e.kind === 'ready' && done();
      const done = (error?: Error) => {
        worker.off('error', onError).off('exit', onExit).off('message', onMessage);
        if (error) {
          void worker.terminate();
          reject(error);
        } else {
          resolve(new WorkerStdioReader(worker));
        }
      };
      worker.on('error', onError).on('exit', onExit).on('message', onMessage);
    });
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const m of this.waiting.splice(0)) callback(m);
    return { dispose: () => void (this.callback === callback && (this.callback = undefined)) };
  }

  override dispose(): void {
    super.dispose();
    this.callback = undefined;
    void this.worker.terminate();
  }

  private deliver(message: Message): void {
    if ((message as { method?: unknown }).method === 'shutdown' && 'id' in message) this.shutdownReceived = true;
    if (this.callback) this.callback(message);
    else this.waiting.push(message);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.fireClose();
  }
}
