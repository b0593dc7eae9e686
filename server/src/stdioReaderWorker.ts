/**
 * The stdin reader's worker (bundled on its own as dist/stdio-reader.js; see stdioReader.ts):
 * reads fd 0, parses the base protocol and posts every message, error and the end of input.
 */
import { createReadStream, fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import type { Message } from 'vscode-languageserver/node';
import { Console } from 'node:console';
import { FrameParser, type Frame } from './frameParser';
import type { ReaderEvent } from './stdioReader';

// A worker's stdout is the process's stdout, which carries the protocol: console output to stderr.
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

/**
 * fd 0 as a stream. In a worker, process.stdin is not the process's stdin but a stream fed by the
 * main thread. Pipes and sockets (what editors give) through libuv, like the main thread's stdin;
 * files and terminals through fs reads.
 */
function openStdin(): Readable {
  const stat = fstatSync(0);
  if (stat.isFIFO() || stat.isSocket()) return new Socket({ fd: 0, readable: true, writable: false });
  return createReadStream('', { fd: 0, autoClose: false });
}

/** Worker side: reads and parses stdin, posts every message, error and the end of input. */
export function runStdioReaderWorker(): void {
  const port = parentPort;
  if (!port) return;
  const post = (e: ReaderEvent) => port.postMessage(e);
  const input = openStdin(); // throws before `ready`: the main thread falls back to its own stdin
  post({ kind: 'ready' });
  const parser = new FrameParser();
  const emit = (frames: Frame[]) => {
    for (const f of frames) post('error' in f ? { kind: 'error', error: f.error } : { kind: 'message', message: f.message as Message });
  };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    emit(parser.end());
    post({ kind: 'close' });
  };
  input.on('data', (chunk: Buffer) => emit(parser.push(chunk)));
  input.on('end', close);
  input.on('close', close);
  input.on('error', (e) => {
    post({ kind: 'error', error: `stdin: ${e.message}` });
    close();
  });
}


runStdioReaderWorker();
