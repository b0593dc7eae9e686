/**
 * The server's document gate and what it tells the client: a notice once per document and
 * reason (not one per keystroke), the counts travelling with `workplan/targetsChanged`, and the
 * cross-file check following file events (an edit of the same length in another plan changes
 * the finding), in the worker for a document over 500,000 characters as on the main thread.
 */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const SEEDS = path.join(ROOT, 'seeds');
const seed = (n: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(n)) as string), 'utf8');

interface Session {
  child: ChildProcess;
  conn: MessageConnection;
  diagnostics(test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  notices: Array<{ uri: string; message: string; reason?: string }>;
  analysed: Array<{ uri: string; version: number; stats: { characters: number; findings: number } }>;
  /** Resolves with the next targetsChanged for which `test` holds. */
  nextAnalysed(test: (p: Session['analysed'][number]) => boolean): Promise<Session['analysed'][number]>;
}

function start(): Session {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const analysedWaiters: Array<{ test: (p: Session['analysed'][number]) => boolean; resolve: (p: Session['analysed'][number]) => void }> =
    [];
  const s: Session = {
    child,
    conn,
    notices: [],
    analysed: [],
    diagnostics: (test) => new Promise((resolve) => waiters.push({ test, resolve })),
    nextAnalysed: (test) => new Promise((resolve) => analysedWaiters.push({ test, resolve })),
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].test(p)) waiters.splice(i, 1)[0].resolve(p);
  });
  conn.onNotification('workplan/notice', (p: { uri: string; message: string; reason?: string }) => void s.notices.push(p));
  conn.onNotification('workplan/targetsChanged', (p: Session['analysed'][number]) => {
    s.analysed.push(p);
    for (let i = analysedWaiters.length - 1; i >= 0; i--) if (analysedWaiters[i].test(p)) analysedWaiters.splice(i, 1)[0].resolve(p);
  });
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.listen();
  return s;
}

async function initialize(s: Session, root: string | null): Promise<void> {
  await s.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: root ? pathToFileURL(root).toString() : null,
    capabilities: {},
    locale: 'en',
  });
  s.conn.sendNotification('initialized', {});
}

async function stop(s: Session): Promise<void> {
  await s.conn.sendRequest('shutdown');
  s.conn.sendNotification('exit');
  await new Promise((r) => (s.child.exitCode === null ? s.child.once('exit', r) : r(undefined)));
  s.conn.dispose();
}

describe('server notices and analysis updates', function () {
  this.timeout(60_000);
  let s: Session;
  before(async () => {
    s = start();
    await initialize(s, null);
  });
  after(() => stop(s));

  const open = (uri: string, text: string) =>
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text } });
  const append = (uri: string, version: number, line: number, text: string) =>
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text }],
    });

  it('a binary document: one notice, however often it is edited; empty diagnostics each time', async () => {
    const uri = 'file:///notice/binary.txt';
    const last = s.diagnostics((p) => p.uri === uri && p.version === 4);
    open(uri, 'abc\u0000\u0001\u0002 binary');
    for (let v = 2; v <= 4; v++) append(uri, v, 0, 'x');
    assert.deepEqual((await last).diagnostics, []);
    assert.deepEqual(
      s.notices.filter((n) => n.uri === uri).map((n) => n.message),
      ['This file does not look like text (it contains binary data); analysis stopped.'],
    );
  });

  it('a misdecoded document says so, once', async () => {
    const uri = 'file:///notice/misdecoded.txt';
    const last = s.diagnostics((p) => p.uri === uri && p.version === 3);
    open(uri, '一、总体要求\n' + '\uFFFD\uFFFD工\uFFFD'.repeat(200));
    append(uri, 2, 0, 'x');
    append(uri, 3, 0, 'y');
    assert.deepEqual((await last).diagnostics, []);
    const notices = s.notices.filter((n) => n.uri === uri);
    assert.equal(notices.length, 1);
    assert.match(notices[0].message, /wrong encoding.*GB 18030/);
    // The reason lets the client offer the action that reopens the file in GBK.
    assert.equal(notices[0].reason, 'encoding');
  });

  it('each analysed version comes with its counts, the same as workplan/stats answers', async () => {
    const uri = 'file:///notice/plan.txt';
    const text = seed('002');
    const published = s.diagnostics((p) => p.uri === uri && p.version === 1);
    const analysed = s.nextAnalysed((p) => p.uri === uri && p.version === 1);
    open(uri, text);
    const diags = await published;
    const update = await analysed;
    assert.deepEqual(update.stats, await s.conn.sendRequest('workplan/stats', { uri }));
    assert.equal(update.stats.findings, diags.diagnostics.filter((d) => d.severity !== 4).length);
    assert.equal(update.stats.characters, [...text].filter((c) => !/[\s\u3000\ufeff]/.test(c)).length);
    assert.equal(s.notices.filter((n) => n.uri === uri).length, 0);
  });

  it('counts findings as the Problems panel does: hints are published but not counted', async () => {
    const uri = 'file:///notice/hint.txt';
    // 二、 after 一、 is in order; `１0` mixes full- and half-width digits (mixed-width, a hint); `一. ` is a warning.
    const text = '某局2025年工作要点\n一、总体要求\n全年新增１0家企业。\n二. 重点任务\n抓好落实。\n';
    const published = s.diagnostics((p) => p.uri === uri && p.version === 1);
    const analysed = s.nextAnalysed((p) => p.uri === uri && p.version === 1);
    open(uri, text);
    const diags = (await published).diagnostics;
    const update = await analysed;
    const hints = diags.filter((d) => d.severity === 4).length;
    assert.ok(hints >= 1, 'the fixture has a hint: ' + JSON.stringify(diags.map((d) => d.code)));
    assert.ok(diags.length > hints, 'the fixture has a finding that is not a hint');
    assert.equal(update.stats.findings, diags.length - hints);
  });
});

describe('cross-file check and file events', function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-crossfile-'));
  const old = seed('004');
  const lastYear = old.slice(0, old.indexOf('\n2006年山东省外经贸工作要点', 1));
  const thisYear = lastYear.replace('2006年山东省外经贸工作要点', '2007年山东省外经贸工作要点');
  const lastYearFile = path.join(dir, '2006年工作要点.txt');
  const thisYearFile = path.join(dir, '2007年工作要点.txt');
  let s: Session;

  before(async () => {
    fs.writeFileSync(path.join(dir, '.workplanrc.json'), JSON.stringify({ crossFile: { enabled: true } }));
    fs.writeFileSync(lastYearFile, lastYear);
    // This year's plan is only open, never saved: the index holds last year's alone.
    s = start();
    await initialize(s, dir);
  });
  after(async () => {
    await stop(s);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const crossLines = (p: PublishDiagnosticsParams) =>
    p.diagnostics.filter((d) => d.code === 'cross-file-duplicate').map((d) => d.range.start.line);
  // A carried-over paragraph (line 6) with one character replaced: same length, other text.
  const line = lastYear.split('\n').findIndex((l, i) => i > 3 && l.replace(/[^\u4e00-\u9fff]/g, '').length >= 30);
  const at = lastYear.split('\n').slice(0, line).join('\n').length + 1 + 12;
  const edited = lastYear.slice(0, at) + (lastYear[at] === '甲' ? '乙' : '甲') + lastYear.slice(at + 1);

  for (const [name, padding] of [
    ['on the main thread', 0],
    ['in the worker (over 500,000 characters)', 520_000],
  ] as const) {
    it(`${name}: an edit of the same length in the other plan, saved, changes the findings`, async () => {
      fs.writeFileSync(lastYearFile, lastYear);
      s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lastYearFile).toString(), type: 2 }] });
      const uri = pathToFileURL(padding ? thisYearFile.replace('.txt', '（长）.txt') : thisYearFile).toString();
      // Short lines (under 20 characters) are no paragraphs for the duplicate checks.
      const text = thisYear + '\n补充说明。'.repeat(padding / 6);
      assert.ok(text.length > padding);
      const before = s.diagnostics((p) => p.uri === uri && crossLines(p).includes(line));
      s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version: 1, text } });
      const first = crossLines(await before);
      assert.equal(
        first.length,
        lastYear.split('\n').filter((l) => l.replace(/[^\u4e00-\u9fff]/g, '').length >= 20).length,
        'every long paragraph (the title line is short)',
      );
      const after = s.diagnostics((p) => p.uri === uri && !crossLines(p).includes(line));
      fs.writeFileSync(lastYearFile, edited);
      assert.equal(
        fs.statSync(lastYearFile).size,
        Buffer.byteLength(lastYear) + Buffer.byteLength(edited[at]) - Buffer.byteLength(lastYear[at]),
      );
      s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lastYearFile).toString(), type: 2 }] });
      assert.deepEqual(
        crossLines(await after),
        first.filter((l) => l !== line),
      );
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }
});
