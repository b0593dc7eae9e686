/**
 * Inlay hint after a 其中 breakdown: the computed sum of the parts against the total
 * (`其中：5.2 + 3.5 = 8.7亿美元 ✓`), so a drafter sees at once whether the figures add up.
 */
import { InlayHintKind, type InlayHint, type ServerCapabilities } from 'vscode-languageserver';
import { formatMessage, type Locale } from '../../core/messages';
import type { DocumentModel } from '../../core/model/model';
import { shownText, type Target } from '../../core/facts/targets';
import { breakdowns, inUnitOf } from '../../core/facts/breakdowns';
import type { FeatureHost } from '../host';
import { toOffset, toPosition } from '../convert';

/** A number in the unit of `total` without the unit (870000000 USD in 亿美元 → `8.7`). */
function bare(total: Target, normalized: number): string {
  return String(Number((normalized / ((total.normalized as number) / total.value)).toPrecision(10)));
}

/** Hints for the breakdowns that end inside `[from, to]`. */
export function breakdownHints(
  model: DocumentModel,
  targets: readonly Target[],
  locale: Locale,
  from = 0,
  to = model.text.length,
): InlayHint[] {
  const out: InlayHint[] = [];
  for (const b of breakdowns(model.text, targets)) {
    const last = b.parts[b.parts.length - 1];
    if (last.end < from || last.end > to) continue;
    const total = b.total.normalized as number;
    const equal = Math.abs(b.sum - total) <= Math.abs(total) * 0.005;
    // A partial breakdown (其中高校毕业生3万人) that is not meant to add up says nothing.
    if (b.ok && !b.exhaustive && !equal) continue;
    const expr = b.parts.map((p) => bare(b.total, p.normalized as number)).join(' + ');
    const label = b.ok
      ? formatMessage(locale, 'targets.sumOk', [expr, inUnitOf(b.total, b.sum)])
      : formatMessage(locale, 'targets.sumBad', [expr, inUnitOf(b.total, b.sum), shownText(b.total)]);
    out.push({ position: toPosition(model.lines, last.end), label, kind: InlayHintKind.Parameter, paddingLeft: true });
  }
  return out;
}

export function registerBreakdownHints(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.languages.inlayHint.on(async (p, token) => {
    const a = await ctx.newestAnalysis(p.textDocument.uri, token);
    if (!a || token.isCancellationRequested) return [];
    return breakdownHints(a.model, a.targets, ctx.locale(), toOffset(a.model.lines, p.range.start), toOffset(a.model.lines, p.range.end));
  });
  return { inlayHintProvider: true };
}
