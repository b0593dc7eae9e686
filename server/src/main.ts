/**
 * Entry point of the language server. Runs over stdio (`workplan-language-server --stdio`, also
 * how the VS Code client starts it), or over IPC, a socket or a pipe. The same bundle, started as
 * a worker thread, analyses large documents (runtime/analysisWorker.ts); with --stdio, messages of 1 MB or
 * more are decoded in a worker of their own (runtime/stdioReader.ts, dist/stdio-reader.js).
 */
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import * as path from 'node:path';
import { createConnection, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { runAnalysisWorker, WORKER_TAG } from './runtime/analysisWorker';
import { startServer } from './lsp/server';
import { StdioReader } from './runtime/stdioReader';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

/**
 * How much V8 lets a heap grow past what a collection left live: 50% (its default grows by up to
 * 4×). Each analysis of a large plan leaves the last one's objects and a copy of the text behind;
 * someone typing with pauses longer than the quiet period gets an analysis per pause, and with the
 * default factor the server's resident memory with a 5 MB plan went to 580–760 MB (issue 21's
 * bound is 400). At 50% it stays at ~325 MB with no measurable cost in latency (bench/RESULTS.md).
 * Set before anything is allocated; the analysis worker's heap follows the same flag.
 */
export const HEAP_GROWING_PERCENT = 50;

function main(): void {
  if (process.argv.includes('--version')) {
    process.stdout.write('workplan-language-server 0.1.0\n');
    process.exit(0);
  }
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // The first transport argument wins, as in vscode-languageserver's createConnection().
  const transport = process.argv.slice(2).find((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)));
  if (!transport) {
    process.stderr.write('usage: workplan-language-server --stdio\n');
    process.exit(2);
  }
  startServer(transport === '--stdio' ? stdioConnection() : createConnection(), __filename);
}

/** `--stdio`: messages read by our reader (large bodies decoded off the main thread), written as usual. */
function stdioConnection(): Connection {
  const reader = new StdioReader(process.stdin, path.join(__dirname, 'stdio-reader.js'));
  const connection = createConnection(reader, new StreamMessageWriter(process.stdout));
  // What vscode-languageserver does for its own stdio connection: exit when stdin closes (0 after
  // a shutdown request, 1 otherwise), and console output to the client, never to stdout.
  reader.onClose(() => process.exit(reader.shutdownReceived ? 0 : 1));
  routeConsole(connection);
  return connection;
}

/** console.* to the client's log (window/logMessage): stdout carries the protocol. */
function routeConsole(connection: Connection): void {
  const sink = (send: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        send(String(chunk).replace(/\n$/, ''));
        done();
      },
    });
  redirectConsole(new Console({ stdout: sink((t) => connection.console.log(t)), stderr: sink((t) => connection.console.error(t)) }));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
}

/** The global console's methods (log, info, dir, table, …) replaced by those of `to`. */
function redirectConsole(to: Console): void {
  const target = console as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(to)) if (typeof method === 'function') target[name] = method;
}

/** In a worker: its stdout goes to the process's stdout, which carries the protocol; console to stderr. */
function quietConsole(): void {
  redirectConsole(new Console({ stdout: process.stderr, stderr: process.stderr }));
}

// The bundle's role: the analysis worker, or the server itself.
if (!isMainThread && workerData === WORKER_TAG) {
  quietConsole();
  runAnalysisWorker();
} else main();
