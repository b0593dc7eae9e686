/**
 * `workplan/checkWorkspace` through the bundled server: files read from disk (none of them open)
 * get their diagnostics published, what is no plan or too large is not, files done / total come as
 * work-done progress; a rerun clears a file that is no plan any more; a cancelled run stops between
 * files, answers with what it did and publishes nothing after.
 */
import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as iconv from 'iconv-lite';
import {
  CancellationTokenSource,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { WorkDoneProgress, type PublishDiagnosticsParams, type WorkDoneProgressBegin } from 'vscode-languageserver';
import { Requests, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../server/src/shared/protocol';
import { CHECK_MAX_FILE_BYTES } from '../../server/src/lsp/features/checkWorkspace';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const seed = (prefix: string) =>
  fs.readFileSync(
    path.join(
      ROOT,
      'seeds',
      fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(prefix))!,
    ),
    'utf8',
  );

interface Session {
  conn: MessageConnection;
  published: PublishDiagnosticsParams[];
  progress: Array<{ kind: string; message?: string; percentage?: number; cancellable?: boolean }>;
  /** Resolves at the first publishDiagnostics. */
  firstPublish: Promise<void>;
  close(): void;
}

async function start(dir: string): Promise<Session> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const progress: Session['progress'] = [];
  let published1: () => void = () => undefined;
  const firstPublish = new Promise<void>((r) => (published1 = r));
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    published1();
  });
  conn.onProgress(WorkDoneProgress.type, 'check-1', (v) => void progress.push(v));
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).toString(),
    capabilities: { window: { workDoneProgress: true } },
    locale: 'en',
  });
  conn.sendNotification('initialized', {});
  return {
    conn,
    published,
    progress,
    firstPublish,
    close: () => {
      conn.dispose();
      child.kill();
    },
  };
}

const uriOf = (dir: string, name: string) => pathToFileURL(path.join(dir, name)).toString();

describe('check all plans in the workspace over LSP', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-check-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('publishes the diagnostics of closed plans read from disk, reports progress, and clears a file that is no plan on a rerun', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), seed('001'));
    fs.writeFileSync(path.join(dir, 'b-gbk.txt'), iconv.encode(seed('001'), 'gbk'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), '周末要买的东西：牛奶、面包、鸡蛋。\n记得给王老师回电话。\n');
    // Over the size limit: not read at all.
    fs.writeFileSync(
      path.join(dir, 'huge.txt'),
      seed('001').repeat(Math.ceil((CHECK_MAX_FILE_BYTES + 1) / Buffer.byteLength(seed('001')))),
    );
    const names = ['a.txt', 'b-gbk.txt', 'huge.txt', 'notes.txt'];
    const s = await start(dir);
    try {
      const params: CheckWorkspaceParams = { uris: names.map((n) => uriOf(dir, n)), workDoneToken: 'check-1' };
      const result = (await s.conn.sendRequest(Requests.checkWorkspace, params)) as CheckWorkspaceResult;
      assert.deepEqual(
        { ...result, message: undefined },
        { done: 4, total: 4, plans: 2, problems: 2, skipped: 1, cancelled: false, message: undefined },
      );
      assert.equal(
        result.message,
        '4 files checked: 2 plans, 2 problems (in the Problems panel); 1 files not checked (too large, binary or misdecoded)',
      );
      const byUri = new Map(s.published.map((p) => [p.uri, p.diagnostics]));
      assert.deepEqual([...byUri.keys()].sort(), [uriOf(dir, 'a.txt'), uriOf(dir, 'b-gbk.txt')]);
      for (const d of byUri.values()) {
        assert.deepEqual(
          d.map((x) => [x.code, x.range.start.line + 1, x.range.start.character + 1]),
          [['enumeration-style-mixed', 11, 19]],
        );
      }
      const begin = s.progress[0] as WorkDoneProgressBegin;
      assert.equal(begin.kind, 'begin');
      assert.equal(begin.cancellable, true);
      assert.equal(begin.message, '0 of 4 files');
      const last = s.progress[s.progress.length - 2];
      assert.deepEqual([last.kind, last.message, last.percentage], ['report', '4 of 4 files', 100]);
      assert.equal(s.progress[s.progress.length - 1].kind, 'end');

      // a.txt is no plan any more: a rerun clears what it showed; b keeps its finding.
      fs.writeFileSync(path.join(dir, 'a.txt'), '会议纪要\n参加人员：张三、李四。\n');
      s.published.length = 0;
      await s.conn.sendRequest(Requests.checkWorkspace, { uris: params.uris } satisfies CheckWorkspaceParams);
      assert.deepEqual(s.published.map((p) => [path.basename(p.uri), p.diagnostics.length]).sort(), [
        ['a.txt', 0],
        ['b-gbk.txt', 1],
      ]);
    } finally {
      s.close();
    }
  });

  it('stops between files when cancelled, answers with what it did and publishes nothing after', async () => {
    const names: string[] = [];
    for (let i = 0; i < 200; i++) {
      const name = `plan-${String(i).padStart(3, '0')}.txt`;
      fs.writeFileSync(path.join(dir, name), seed('002'));
      names.push(name);
    }
    const s = await start(dir);
    try {
      const source = new CancellationTokenSource();
      const params: CheckWorkspaceParams = { uris: names.map((n) => uriOf(dir, n)), workDoneToken: 'check-1' };
      let finished = false;
      const checking = s.conn.sendRequest(Requests.checkWorkspace, params, source.token).then((r) => {
        finished = true;
        return r as CheckWorkspaceResult;
      });
      await s.firstPublish;
      // The server answers other requests while it checks (one file per macrotask).
      await s.conn.sendRequest(Requests.processId, {});
      assert.equal(finished, false, 'a request waited for the whole check');
      source.cancel();
      const result = await checking;
      assert.equal(result.cancelled, true);
      assert.ok(result.done >= 1 && result.done < 200, `done ${result.done}`);
      assert.equal(result.plans, result.done);
      assert.match(result.message, new RegExp(`^Cancelled after ${result.done} of 200 files`));
      const count = s.published.length;
      assert.equal(count, result.done);
      // The server is idle afterwards: a request round trip later, nothing more was published.
      await s.conn.sendRequest(Requests.processId, {});
      assert.equal(s.published.length, count);
      assert.equal(s.progress[s.progress.length - 1].kind, 'end');
    } finally {
      s.close();
    }
  });
});
