/**
 * Requests about the server and a document's counts: `workplan/processId` (crash-recovery tests),
 * `workplan/serverStatus` (the server's own event-loop delay and heap, read by `npm run bench`)
 * and `workplan/stats` (the status bar).
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { countCharacters } from '../../core/text/stats';
import type { Analysis } from '../../core/services/analyze';
import { Requests, type ServerStatus, type StatsResult, type UriParams } from '../../shared/protocol';
import type { FeatureHost } from '../host';

export function registerStatus(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onRequest(Requests.processId, () => ({ pid: process.pid }));

  // Event-loop monitoring starts with the first status request (a timer the server does not need otherwise).
  let loopDelay: IntervalHistogram | undefined;
  ctx.onRequest(Requests.serverStatus, (p: { reset?: boolean } | undefined): ServerStatus => {
    if (!loopDelay) {
      loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
    }
    const ms = (ns: number) => +(ns / 1e6).toFixed(1);
    const status: ServerStatus = {
      pid: process.pid,
      eventLoop: { maxMs: ms(loopDelay.max), p99Ms: ms(loopDelay.percentile(99)), meanMs: ms(loopDelay.mean || 0) },
      heapUsedMB: +(process.memoryUsage().heapUsed / 1048576).toFixed(1),
      rssMB: +(process.memoryUsage.rss() / 1048576).toFixed(1),
      analyses: ctx.analysesMade(),
    };
    if (p?.reset) loopDelay.reset();
    return status;
  });

  ctx.onRequest(Requests.stats, async (p: UriParams): Promise<StatsResult> => {
    const a = await ctx.newestAnalysis(p.uri);
    if (a) return statsOf(a);
    // Not analysed (binary, too large): the count of what the editor holds, no findings.
    const doc = ctx.document(p.uri);
    return { characters: doc ? countCharacters(doc.getText()) : 0, findings: 0 };
  });
  return {};
}

const counted = new WeakMap<Analysis, StatsResult>();

/**
 * 字数 and findings of an analysed version, counted once (sent with every publish, asked for on editor switches).
 * Findings are counted as VS Code's Problems panel counts them: hints (mixed-width, quote-style by default) are
 * shown in the text but not listed there, so the status bar leaves them out too.
 */
export function statsOf(analysis: Analysis): StatsResult {
  let s = counted.get(analysis);
  if (!s) {
    let findings = 0;
    for (const f of analysis.findings) if (f.severity !== 'hint') findings++;
    counted.set(analysis, (s = { characters: countCharacters(analysis.model.text), findings }));
  }
  return s;
}
