// A minimal LSP client over stdio for the bench: spawns the bundled server and speaks JSON-RPC
// through vscode-jsonrpc (already installed with vscode-languageserver).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

/** Starts `node <serverJs> --stdio` and initializes it (no workspace/configuration support). */
export async function startServer(serverJs, { execArgv = [] } = {}) {
  // As the VS Code client starts the server (server/src/shared/protocol.ts SERVER_ENV).
  const child = spawn(process.execPath, [...execArgv, serverJs, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Set();
  const listeners = new Set();
  const diagnostics = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnostics.set(p.uri, p);
    for (const l of listeners) l(p);
    for (const w of [...waiters])
      if (w.test(p)) {
        waiters.delete(w);
        w.resolve(p);
      }
  });
  // The server registers file watchers and configuration: accept every request with null.
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
  conn.sendNotification('initialized', {});
  return {
    conn,
    child,
    stderr: () => stderr,
    /** Resolves with the next publishDiagnostics for which `test` holds. */
    diagnosticsWhere(test) {
      return new Promise((resolve) => waiters.add({ test, resolve }));
    },
    /** Calls `fn` with every publishDiagnostics; returns the function that stops it. */
    onDiagnostics(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    open(uri, text, version = 1) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version, text } });
    },
    change(uri, version, contentChanges) {
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    /** The server process's resident set (VmRSS) and its peak so far (VmHWM), in MB, from /proc. */
    rss() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
        return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
      } catch {
        return { rssMB: NaN, peakMB: NaN };
      }
    },
    async stop() {
      try {
        await conn.sendRequest('shutdown');
        conn.sendNotification('exit');
      } catch {
        // already gone
      }
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      conn.dispose();
    },
  };
}
