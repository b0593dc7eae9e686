/**
 * The next-year and compare requests through the bundled server over stdio: `workplan/nextYear` for an
 * open document and for a text, `workplan/compare` for an open document against a file on disk,
 * ordered by plan year.
 */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CompareResult, NextYearResult, PlanInfo } from '../../server/src/shared/protocol';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const SEED = path.join(ROOT, 'seeds/002_f30a71d086892b2f.txt');

describe('workplan/nextYear and workplan/compare over stdio', function () {
  this.timeout(60_000);
  let child: ChildProcess;
  let conn: MessageConnection;

  before(async () => {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn' });
    conn.sendNotification('initialized', {});
  });

  after(() => {
    conn?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  it('drafts an open document: text, placeholders and review ranges with localised messages', async () => {
    const uri = pathToFileURL(SEED).toString();
    conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'workplan', version: 1, text: fs.readFileSync(SEED, 'utf8') },
    });
    const r = (await conn.sendRequest('workplan/nextYear', { uri })) as NextYearResult;
    assert.equal(r.fromYear, 2007);
    assert.equal(r.toYear, 2008);
    const lines = r.text.split('\n');
    assert.equal(lines[0], '呼和浩特市商务局2008年工作要点');
    assert.equal(r.placeholders.length, 11);
    const first = r.placeholders[0];
    assert.equal(lines[first.range.start.line].slice(first.range.start.character, first.range.end.character), '【8.7】');
    assert.equal(first.message, '待填写：上年为8.7亿美元（填入今年的数值并去掉【】）');
    const review = r.reviews.find(
      (x) => x.kind === 'ordinal' && lines[x.range.start.line].slice(x.range.start.character, x.range.end.character) === '【待核：第七届】',
    );
    assert.ok(review, JSON.stringify(r.reviews));
    assert.equal(review.message, '待核：届次/次数“第七届”可能已变');
  });

  it('drafts a text without a plan year and leaves the years alone', async () => {
    const r = (await conn.sendRequest('workplan/nextYear', { text: '工作要点\n2001年以来，增长12%。\n' })) as NextYearResult;
    assert.equal(r.fromYear, null);
    assert.ok(r.text.startsWith('工作要点\n2001年以来'));
  });

  it('compares this year’s text with last year’s file, the earlier year on the old side', async () => {
    const next = fs.readFileSync(SEED, 'utf8').replace('2007年工作要点', '2008年工作要点').replace('实现8.7亿美元', '实现9.5亿美元');
    // Given the wrong way round: orderByYear swaps them.
    const r = (await conn.sendRequest('workplan/compare', {
      oldText: next,
      newUri: pathToFileURL(SEED).toString(),
      orderByYear: true,
    })) as CompareResult;
    assert.equal(r.swapped, true);
    assert.equal(r.oldYear, 2007);
    assert.equal(r.newYear, 2008);
    const row = r.rows.find((x) => x.old?.text === '8.7亿美元');
    assert.ok(row, JSON.stringify(r.rows.map((x) => x.metric)));
    assert.equal(row.new?.text, '9.5亿美元');
    assert.equal(row.old?.line, 5);
    assert.equal(row.changeText, '+0.8亿美元（+9.2%）');
    assert.ok(r.rows.filter((x) => x !== row && x.status === 'both').every((x) => x.changeText === '持平'));
  });

  it('answers an error for a document it cannot read', async () => {
    await assert.rejects(conn.sendRequest('workplan/compare', { oldUri: 'untitled:Untitled-9', newText: '' }));
  });

  it('workplan/planInfo: each plan by its title and year (the compare picker lists them so)', async () => {
    const seed000 = path.join(ROOT, 'seeds/000_86ad72312f1b257b.txt');
    const missing = pathToFileURL(path.join(ROOT, 'seeds/no-such-plan.txt')).toString();
    const infos = await conn.sendRequest<PlanInfo[]>('workplan/planInfo', {
      uris: [pathToFileURL(SEED).toString(), pathToFileURL(seed000).toString(), missing],
    });
    assert.deepEqual(
      infos.map((i) => [i.title, i.year]),
      [
        ['呼和浩特市商务局2007年工作要点', 2007],
        ['云南省2006年商务工作计划', 2006],
        [null, null],
      ],
    );
  });
});
