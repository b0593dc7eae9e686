/**
 * Hover on a quantity: its parsed form (metric, value, unit, normalised value, qualifier, target
 * or baseline), in the user's language.
 */
import type { Hover, ServerCapabilities } from 'vscode-languageserver';
import { formatMessage, type Locale, type MessageKey } from '../../core/messages';
import { lowerBound, type DocumentModel } from '../../core/model/model';
import { shownText, type Target } from '../../core/facts/targets';
import type { FeatureHost } from '../host';
import { toOffset, toRange } from '../convert';
import { unitHover } from './tasksRequest';

/** The target whose span holds `offset` (its end included, where the cursor sits after typing). */
export function targetAt(targets: readonly Target[], offset: number): Target | undefined {
  const t = targets[lowerBound(targets, (x) => x.end, offset)];
  return t && t.start <= offset && offset <= t.end ? t : undefined;
}

function grouped(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'zh-cn' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
}

/** Markdown lines describing `t`. */
export function describeTarget(t: Target, locale: Locale): string {
  const m = (key: MessageKey, args?: readonly (string | number)[]) => formatMessage(locale, key, args);
  const sep = locale === 'zh-cn' ? '：' : ': ';
  const value = t.valueMax !== undefined ? `${t.value}～${t.valueMax}` : `${t.value}`;
  const rows: string[] = [
    `**${m(t.kind === 'target' ? 'hover.target' : 'hover.baseline')}** · ${m(`category.${t.category}` as MessageKey)}`,
  ];
  if (t.metric) rows.push(`${m('hover.metric')}${sep}${t.metric}`);
  rows.push(`${m('hover.value')}${sep}${value}`);
  rows.push(`${m('hover.unit')}${sep}${t.unit} (${m(`unitKind.${t.unitKind}` as MessageKey)})`);
  rows.push(`${m('hover.measure')}${sep}${m(`measure.${t.measure}` as MessageKey)}`);
  if (t.scopeYear !== undefined) rows.push(`${m('hover.scopeYear')}${sep}${t.scopeYear}`);
  if (t.zone !== 'none') rows.push(`${m('hover.zone')}${sep}${m(t.zone === 'review' ? 'zone.review' : 'zone.plan')}`);
  if (t.normalized !== undefined && t.normalized !== t.value) {
    const max = t.valueMax !== undefined ? (t.normalized / t.value) * t.valueMax : undefined;
    const n =
      max !== undefined && Number.isFinite(max)
        ? `${grouped(t.normalized, locale)}～${grouped(Number(max.toPrecision(12)), locale)}`
        : grouped(t.normalized, locale);
    rows.push(`${m('hover.normalized')}${sep}${shownText(t)} = ${n} ${t.baseUnit}`);
  }
  if (t.qualifier) rows.push(`${m('hover.qualifier')}${sep}${t.qualifier}`);
  return rows.join('  \n');
}

/** The hover for `offset`, or null when no quantity is there. */
export function targetHover(model: DocumentModel, targets: readonly Target[], offset: number, locale: Locale): Hover | null {
  const t = targetAt(targets, offset);
  if (!t) return null;
  return { contents: { kind: 'markdown', value: describeTarget(t, locale) }, range: toRange(model.lines, t.start, t.end) };
}

export function registerTargetHover(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.onHover(async (p, token) => {
    const a = await ctx.newestAnalysis(p.textDocument.uri, token);
    if (!a || token.isCancellationRequested) return null;
    const offset = toOffset(a.model.lines, p.position);
    // One hover handler per connection: a quantity first, else a unit name of a task.
    return targetHover(a.model, a.targets, offset, ctx.locale()) ?? unitHover(a.model, offset, ctx.locale());
  });
  return { hoverProvider: true };
}
