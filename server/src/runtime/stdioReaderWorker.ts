/**
 * The stdin reader's decoder (bundled apart as dist/stdio-reader.js; see stdioReader.ts): decodes
 * and JSON.parses the large message bodies the main thread hands it, off the main thread.
 */
import { Console } from 'node:console';
import { parentPort } from 'node:worker_threads';
import { decodeBody } from './frameParser';
import type { DecodeReply, DecodeRequest } from './stdioReader';

// A worker's stdout is the process's stdout, which carries the protocol: console output to stderr.
globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

const port = parentPort;
port?.on('message', (req: DecodeRequest) => port.postMessage({ id: req.id, frame: decodeBody(req.body) } satisfies DecodeReply));
