/**
 * The analysis scheduler (server/src/lsp/scheduler.ts) with a host that counts the analyses it is
 * asked for. Edits come one per turn of the event loop (faster than any quiet period), as while
 * someone types in a large plan; an analysis takes a turn. Superseded versions must not be
 * analysed: neither because of the edits nor because a request asked for the current version.
 */
import { strict as assert } from 'assert';
import { AnalysisScheduler, type Analysed } from '../../server/src/lsp/scheduler';
import type { Analysis } from '../../server/src/core/services/analyze';

const turn = () => new Promise<void>((r) => setImmediate(r));

function harness(chars: number) {
  const uri = 'file:///plan.workplan';
  const doc = { version: 1, text: '一'.repeat(chars), getText: () => doc.text };
  const analysed: number[] = [];
  const published: Array<{ version: number; resolve: () => void }> = [];
  const causes: string[] = [];
  const scheduler = new AnalysisScheduler({
    document: (u) => (u === uri ? doc : undefined),
    analyse: async (_u, cause): Promise<Analysed> => {
      const version = doc.version;
      causes.push(cause);
      await turn();
      analysed.push(version);
      return { version, analysis: { version } as unknown as Analysis };
    },
    analysed: (_u, version) => published.filter((p) => p.version === version).forEach((p) => p.resolve()),
    error: (message) => assert.fail(message),
    sequential: (text) => text,
  });
  const publishedFor = (version: number) => new Promise<void>((resolve) => published.push({ version, resolve }));
  return { uri, doc, scheduler, analysed, causes, publishedFor };
}

describe('analysis scheduler', () => {
  it('analyses a large document once after a burst of edits, not once per edit', async () => {
    // The bench's 1 MB plan (375,902 characters): below the 500,000 the quiet period once started at.
    const h = harness(376_000);
    h.scheduler.changed(h.uri, 'didOpen');
    await h.publishedFor(1);
    const last = h.publishedFor(21);
    for (let v = 2; v <= 21; v++) {
      h.doc.version = v;
      h.doc.text += '字';
      h.scheduler.changed(h.uri);
      await turn();
    }
    await last;
    assert.deepEqual(h.analysed, [1, 21]);
    assert.deepEqual(h.causes, ['didOpen', 'didChange']);
  });

  it('makes requests for the current version wait for the quiet period instead of forcing analyses of superseded versions', async () => {
    const h = harness(600_000);
    h.scheduler.changed(h.uri, 'didOpen');
    await h.publishedFor(1);
    const answers: Array<Promise<Analysis | undefined>> = [];
    for (let v = 2; v <= 21; v++) {
      h.doc.version = v;
      h.doc.text += '字';
      h.scheduler.changed(h.uri);
      // As code actions at every cursor move.
      answers.push(h.scheduler.current(h.uri, undefined, 'onCodeAction'));
      // The newest analysis (outline, tokens) at once, of the older version.
      assert.equal(((await h.scheduler.newest(h.uri, undefined, 'onDocumentSymbol')) as unknown as { version: number }).version, 1);
      await turn();
    }
    const got = (await Promise.all(answers)).map((a) => (a as unknown as { version: number } | undefined)?.version);
    // Superseded versions' requests get nothing; the last gets the last version's analysis.
    assert.deepEqual(got, [...Array<undefined>(19), 21]);
    assert.deepEqual(h.analysed, [1, 21]);
    assert.deepEqual(h.causes, ['didOpen', 'didChange']);
  });

  it('analyses a small document at once after each edit, and a cancelled request gets nothing', async () => {
    const h = harness(1000);
    h.scheduler.changed(h.uri, 'didOpen');
    await h.publishedFor(1);
    h.doc.version = 2;
    h.scheduler.changed(h.uri);
    let cancel: (() => void) | undefined;
    const token = {
      isCancellationRequested: false,
      onCancellationRequested: (f: () => void) => ((cancel = f), { dispose: () => undefined }),
    };
    const cancelled = h.scheduler.current(h.uri, token as never, 'onCodeAction');
    cancel?.();
    assert.equal(await cancelled, undefined);
    assert.equal(((await h.scheduler.current(h.uri)) as unknown as { version: number }).version, 2);
    assert.deepEqual(h.analysed, [1, 2]);
  });
});
