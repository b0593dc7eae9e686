/**
 * Preload for stdio.test.ts (`node -r out/test/lsp/noStdioWorker.js dist/server.js --stdio`): the
 * stdin reader's decoder worker fails to start (its script does not exist), so the server must
 * decode large messages on the main thread. Other workers (the analysis worker) start as usual.
 */
import type { WorkerOptions } from 'node:worker_threads';

// The module object itself (an import binding cannot be assigned): the bundle reads `Worker` from it when it starts one.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: the module object, not a binding
const workerThreads = require('node:worker_threads') as typeof import('node:worker_threads');
const { Worker } = workerThreads;
class FailingStdioWorker extends Worker {
  constructor(script: string | URL, options?: WorkerOptions) {
    super(options?.workerData === 'workplan-stdio-reader' ? `${String(script)}.missing.js` : script, options);
  }
}
workerThreads.Worker = FailingStdioWorker;
