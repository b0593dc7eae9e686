/**
 * Reading the protocol from stdin (`--stdio`). vscode-jsonrpc's StreamMessageReader decodes every
 * body and JSON.parses it on the main thread: 100+ ms for a 10 MB didOpen, during which requests
 * for other documents wait. Here the main thread splits the stream into messages (frameParser.ts)
 * and parses small bodies itself — at once, as before — but hands a body of LARGE_BODY bytes or
 * more to a worker thread (stdioReaderWorker.ts, bundled apart as dist/stdio-reader.js and started
 * on the first such body) and goes on answering requests. Messages are delivered in their order:
 * those behind a large body wait for it. If the worker cannot start or dies, the body is decoded
 * on the main thread.
 */
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';
import { decodeBody, FrameParser, type Frame } from './frameParser';

/** The decoder worker's workerData (tests recognise it by this). */
export const STDIO_READER_TAG = 'workplan-stdio-reader';

/** Bodies from this size on are decoded off the main thread (1 MB decodes in a few ms here). */
export const LARGE_BODY = 1 << 20;

/** Main thread → decoder: a body to decode. Decoder → main thread: what it decoded. */
export interface DecodeRequest {
  readonly id: number;
  readonly body: Uint8Array;
}
export interface DecodeReply {
  readonly id: number;
  readonly frame: { message: unknown } | { error: string };
}

interface Entry {
  frame: { message: unknown } | { error: string } | undefined;
  /** The body while the worker decodes it (decoded here if the worker fails). */
  body?: Buffer;
}

export class StdioReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly waiting: Message[] = [];
  private readonly parser: FrameParser;
  /** Messages in their order, some still being decoded. */
  private readonly queue: Entry[] = [];
  private readonly decoding = new Map<number, Entry>();
  private worker: Worker | undefined;
  private workerFailed = false;
  private nextId = 1;
  private ended = false;
  private closed = false;
  /** A `shutdown` request has come in: the exit code is 0 when stdin then closes (as vscode-languageserver does). */
  shutdownReceived = false;

  /** `decoderScript`: dist/stdio-reader.js; `largeBody`: the size from which bodies go to it. */
  constructor(
    input: Readable,
    private readonly decoderScript: string,
    largeBody = LARGE_BODY,
  ) {
    super();
    this.parser = new FrameParser(8192, largeBody);
    input.on('data', (chunk: Buffer) => this.accept(this.parser.push(chunk)));
    input.on('end', () => this.finish());
    input.on('close', () => this.finish());
    input.on('error', (e) => {
      this.fireError(e);
      this.finish();
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
    void this.worker?.terminate();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.accept(this.parser.end());
  }

  private accept(frames: Frame[]): void {
    for (const f of frames) this.queue.push('body' in f ? this.decodeLarge(f.body) : { frame: f });
    this.drain();
  }

  private decodeLarge(body: Buffer): Entry {
    const worker = this.decoder();
    if (!worker) return { frame: decodeBody(body) };
    const id = this.nextId++;
    const entry: Entry = { frame: undefined, body };
    this.decoding.set(id, entry);
    worker.postMessage({ id, body } satisfies DecodeRequest); // copied: the body stays here until decoded
    return entry;
  }

  /** The worker, started on first use; undefined once it has failed. */
  private decoder(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      const worker = new Worker(this.decoderScript, { workerData: STDIO_READER_TAG });
      worker.unref();
      worker.on('message', (r: DecodeReply) => {
        const entry = this.decoding.get(r.id);
        if (!entry) return;
        this.decoding.delete(r.id);
        entry.frame = r.frame;
        entry.body = undefined;
        this.drain();
      });
      const fail = (why: string) => {
        if (this.workerFailed || this.closed) return;
        this.workerFailed = true;
        this.worker = undefined;
        process.stderr.write(`workplan-language-server: decoding large messages on the main thread (${why})\n`);
        for (const entry of this.decoding.values()) {
          entry.frame = decodeBody(entry.body as Buffer);
          entry.body = undefined;
        }
        this.decoding.clear();
        this.drain();
      };
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => fail(`decoder exited with ${code}`));
      this.worker = worker;
    } catch (e) {
      this.workerFailed = true;
      process.stderr.write(
        `workplan-language-server: decoding large messages on the main thread (${e instanceof Error ? e.message : e})\n`,
      );
    }
    return this.worker;
  }

  /** Delivers the messages at the head of the queue that are ready; closes after the last. */
  private drain(): void {
    while (this.queue.length > 0 && this.queue[0].frame) {
      const frame = (this.queue.shift() as Entry).frame as { message: unknown } | { error: string };
      if ('error' in frame) this.fireError(new Error(frame.error));
      else this.deliver(frame.message as Message);
    }
    if (this.ended && this.queue.length === 0 && !this.closed) {
      this.closed = true;
      void this.worker?.terminate();
      this.fireClose();
    }
  }

  private deliver(message: Message): void {
    if ((message as { method?: unknown }).method === 'shutdown' && 'id' in message) this.shutdownReceived = true;
    if (this.callback) this.callback(message);
    else this.waiting.push(message);
  }
}
