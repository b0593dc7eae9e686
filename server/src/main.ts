/**
 * Entry point of the language server. Runs over IPC when started by the VS Code client and
 * over stdio (`workplan-language-server --stdio`) for other editors. The same bundle, started as
 * a worker thread, analyses large documents (analysisWorker.ts).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection } from 'vscode-languageserver/node';
import { runAnalysisWorker, WORKER_TAG } from './analysisWorker';
import { startServer } from './server';

function main(): void {
  if (process.argv.includes('--version')) {
    process.stdout.write('workplan-language-server 0.1.0\n');
    process.exit(0);
  }
  if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.stderr.write('usage: workplan-language-server --stdio\n');
    process.exit(2);
  }
  startServer(createConnection(), __filename);
}

if (!isMainThread && workerData === WORKER_TAG) runAnalysisWorker();
else main();
