/**
 * The analysis worker thread (dist/server.js started as a worker): an analysis it is asked for
 * arrives equal to the analysis made here; one that is no longer wanted (a newer version came) is
 * not taken and answers undefined, and the worker goes on answering; on Linux the thread runs at
 * a lower priority than the main thread; a worker that owes an answer past its time limit is stopped,
 * what waited on it fails with AnalysisTimeout, and the next request gets a new worker.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/types';
import { AnalysisTimeout, AnalysisWorker, WORKER_NICE } from '../../server/src/runtime/analysisWorker';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');

/** The nice value of each of this process's threads, by thread id (field 19 of /proc/self/task/TID/stat). */
function threadNices(): Map<number, number> {
  return new Map(
    fs.readdirSync('/proc/self/task').map((tid) => {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // The command name is in brackets and may hold blanks: the fields count from after it.
      return [Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
    }),
  );
}

describe('analysis worker', function () {
  this.timeout(60_000);
  let worker: AnalysisWorker;
  const text = fs.readFileSync(
    path.join(
      ROOT,
      'seeds',
      fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('002'))!,
    ),
    'utf8',
  );

  before(() => {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    worker = new AnalysisWorker(SERVER);
  });
  after(() => worker.dispose());

  it('gives the analysis made here, and none once it is no longer wanted; then goes on', async () => {
    const here = analyze(text);
    const wanted = await worker.analyze(text, DEFAULT_OPTIONS, 'file:///a.txt', () => true);
    assert.ok(wanted);
    assert.deepEqual(
      wanted.findings.map((f) => [f.rule, f.start, f.end]),
      here.findings.map((f) => [f.rule, f.start, f.end]),
    );
    assert.equal(wanted.targets.length, here.targets.length);
    let asked = 0;
    const superseded = await worker.analyze(text + '\n补充一段。', DEFAULT_OPTIONS, 'file:///a.txt', () => (asked++, false));
    assert.equal(superseded, undefined);
    assert.equal(asked, 1, 'asked once, before the first piece; no piece after that');
    // The worker is not stuck on the piece it was not asked for.
    const again = await worker.analyze(text, DEFAULT_OPTIONS, 'file:///a.txt');
    assert.equal(again.findings.length, here.findings.length);
  });

  it('stops a worker that owes an answer past its time limit; the next request starts a new one', async () => {
    // A worker that never answers (an analysis that loops), then one that does.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-stuck-'));
    const stuck = path.join(dir, 'stuck.js');
    fs.writeFileSync(stuck, "require('node:worker_threads').parentPort.on('message', () => { for (;;); });\n");
    const limited = new AnalysisWorker(stuck, 300);
    try {
      const started = Date.now();
      await assert.rejects(limited.analyze(text, DEFAULT_OPTIONS, 'file:///a.txt'), AnalysisTimeout);
      assert.ok(Date.now() - started >= 290, 'not before the limit');
      // The next requests go to a new worker, and fail alike when it is stuck too.
      const a = limited.analyze(text, DEFAULT_OPTIONS);
      const b = limited.analyze(text, DEFAULT_OPTIONS);
      await assert.rejects(a, AnalysisTimeout);
      await assert.rejects(b, AnalysisTimeout);
    } finally {
      limited.dispose();
    }
    // The real worker under the same limit answers (well within it).
    const quick = new AnalysisWorker(SERVER, 30_000);
    try {
      const got = await quick.analyze(text, DEFAULT_OPTIONS);
      assert.equal(got.findings.length, analyze(text).findings.length);
    } finally {
      quick.dispose();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs below the main thread’s priority on Linux', async function () {
    if (process.platform !== 'linux') this.skip();
    await worker.analyze(text, DEFAULT_OPTIONS);
    const nices = threadNices();
    assert.ok([...nices.values()].includes(WORKER_NICE), `thread nice values ${[...nices.values()].join(' ')}`);
    assert.equal(nices.get(process.pid), 0, 'the main thread keeps its priority');
  });
});
