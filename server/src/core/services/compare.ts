/**
 * Comparing the targets of two plans (last year's and this year's) metric by metric.
 * Pure: takes the target lists (from `extractTargets`) and, for labels, the texts.
 */
import { formatMessage, type Locale } from '../messages';
import { lineAt } from '../model/model';
import { findDraftMarks, stripDraftMarksMapped } from '../facts/draftMarks';
import { parseDocument } from '../model/parse';
import { extractTargets, shownText, type Target, type TargetCategory } from '../facts/targets';

/** `toFill`: this year's value is a draft placeholder not filled in yet (`增长【12】%`). */
export type CompareStatus = 'both' | 'onlyOld' | 'onlyNew' | 'toFill';

export interface CompareSide {
  readonly value: number;
  readonly valueMax: number | undefined;
  readonly unit: string;
  /** The quantity as written (`8.7亿美元`). */
  readonly text: string;
  /** 0-based line and offsets in its document. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The metric as that document writes it. */
  readonly metric: string;
  /** True when the value is a draft placeholder still to fill in (`【12】`). */
  readonly placeholder: boolean;
}

export interface Change {
  /** new − old, in `unit` (for rates: percentage points). */
  readonly absolute: number;
  readonly unit: string;
  /** Relative change in per cent (amounts and counts only). */
  readonly percent: number | undefined;
  /** True when `absolute` is in percentage points (both sides are rates). */
  readonly points: boolean;
}

export interface CompareRow {
  /** Matching key: normalised metric and what kind of number it is. */
  readonly key: string;
  /** Display name of the metric (this year's wording when both have it). */
  readonly metric: string;
  readonly category: TargetCategory;
  readonly old: CompareSide | undefined;
  readonly new: CompareSide | undefined;
  readonly change: Change | undefined;
  readonly status: CompareStatus;
}

// Scope words (全市/全省/全年…) and totals (总额/总量) vary from year to year without changing the metric.
const SCOPE_PREFIX = /^(?:全年|全市|全省|全区|全县|全州|全盟|全国|全局|全系统|我市|我省|我区|我县|本市|本省|本区|年内|今年|年度|全)+/;
const TOTAL_SUFFIX = /(?:总额|总值|总量|总规模|规模|总数)$/;

/** The metric as a matching key: `全年全市外贸进出口总额` and `外贸进出口` → `进出口`. */
export function normaliseMetric(metric: string): string {
  let s = metric.replace(/[\s“”"《》（）()、，,的]/g, '');
  for (let i = 0; i < 3; i++) s = s.replace(SCOPE_PREFIX, '').replace(TOTAL_SUFFIX, '');
  s = s.replace(/^对外贸易/, '外贸').replace(/^外贸(?=进出口|出口|进口)/, '');
  return s;
}

/** Which numbers can be compared: rates with rates, amounts in the same base unit. */
function kindKey(t: Target): string {
  if (t.category === 'growth' || t.category === 'percent' || t.category === 'points') return t.category;
  return `${t.category}:${t.baseUnit || t.unit}`;
}

/** A label for a target whose sentence names no metric: the clause before it, or its section. */
function fallbackMetric(t: Target, text: string | undefined): string {
  if (text) {
    const before = text.slice(Math.max(t.sentenceStart ?? 0, t.start - 30), t.start);
    const clause = before
      .slice(before.search(/[^，,；;：:。]*$/))
      .replace(/^(?:[一二三四五六七八九十]+[是要]|力争|争取|确保|实现|达到|完成|新增)+/, '');
    const after = text.slice(t.end, Math.min(t.end + 12, t.sentenceEnd ?? t.end + 12));
    const tail = after.slice(0, Math.max(after.search(/[，,；;：:。]/), 0) || after.length).replace(/^(?:的|以上|左右)+/, '');
    if (/[\u3400-\u9fff]{2}/.test(clause)) return clause;
    if (/[\u3400-\u9fff]{2}/.test(tail)) return tail;
  }
  return t.heading?.title ?? shownText(t);
}

const round = (x: number) => Number(x.toFixed(4));

function side(t: Target, metric: string): CompareSide {
  return {
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    text: shownText(t),
    line: t.line,
    start: t.start,
    end: t.end,
    metric,
    placeholder: isPlaceholder(t),
  };
}

const placeholders = new WeakSet<Target>();
const isPlaceholder = (t: Target) => placeholders.has(t);

function changeOf(a: Target, b: Target): Change | undefined {
  if (a.category === 'growth' || a.category === 'percent' || a.category === 'points') {
    if (b.category !== a.category) return undefined;
    return { absolute: round(b.value - a.value), unit: '个百分点', percent: undefined, points: true };
  }
  if (a.normalized !== undefined && b.normalized !== undefined && a.baseUnit === b.baseUnit) {
    const factor = a.value !== 0 ? a.normalized / a.value : 1;
    const diff = b.normalized - a.normalized;
    return {
      absolute: round(diff / factor),
      unit: a.unit,
      percent: a.normalized !== 0 ? round((diff / a.normalized) * 100) : undefined,
      points: false,
    };
  }
  if (a.unit === b.unit) {
    const diff = b.value - a.value;
    return { absolute: round(diff), unit: a.unit, percent: a.value !== 0 ? round((diff / a.value) * 100) : undefined, points: false };
  }
  return undefined;
}

/**
 * Rows of the comparison: every target metric of either plan, matched by normalised metric and
 * kind (a metric given twice in one plan pairs in order). Baseline facts are left out. Rows follow
 * this year's order, then the metrics only last year had, in last year's order.
 */
export function compareTargets(
  oldTargets: readonly Target[],
  newTargets: readonly Target[],
  oldText?: string,
  newText?: string,
): CompareRow[] {
  const label = (t: Target, text: string | undefined) => t.metric || fallbackMetric(t, text);
  const keyed = (ts: readonly Target[], text: string | undefined) => {
    const seen = new Map<string, number>();
    return ts
      .filter((t) => t.kind === 'target' && t.zone !== 'review')
      .map((t) => {
        const metric = label(t, text);
        const base = `${normaliseMetric(metric) || metric}|${kindKey(t)}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return { t, metric, key: n ? `${base}#${n + 1}` : base };
      });
  };
  const olds = keyed(oldTargets, oldText);
  const news = keyed(newTargets, newText);
  const oldByKey = new Map(olds.map((o) => [o.key, o]));
  const rows: CompareRow[] = [];
  const used = new Set<string>();
  for (const n of news) {
    const o = oldByKey.get(n.key);
    if (o) used.add(n.key);
    // A value still to fill in has not changed, nor stayed the same: it is not decided yet.
    const toFill = isPlaceholder(n.t);
    rows.push({
      key: n.key,
      metric: n.metric,
      category: n.t.category,
      old: o && side(o.t, o.metric),
      new: side(n.t, n.metric),
      change: o && !toFill ? changeOf(o.t, n.t) : undefined,
      status: toFill ? 'toFill' : o ? 'both' : 'onlyNew',
    });
  }
  for (const o of olds) {
    if (used.has(o.key)) continue;
    rows.push({
      key: o.key,
      metric: o.metric,
      category: o.t.category,
      old: side(o.t, o.metric),
      new: undefined,
      change: undefined,
      status: 'onlyOld',
    });
  }
  return rows;
}

/**
 * The targets of a plan text; a draft's `【12】` and `【待核：…】` marks are read through (offsets
 * stay the draft's). `known` is the text's own targets when they are at hand (an open
 * document's analysis): a text without marks is then not parsed again.
 */
export function planTargets(text: string, known?: readonly Target[]): readonly Target[] {
  const stripped = stripDraftMarksMapped(text);
  if (known && stripped.text === text) return known;
  const targets = extractTargets(parseDocument(stripped.text));
  if (stripped.text === text) return targets;
  const lines = parseDocument(text).lines;
  const open = findDraftMarks(text).filter((m) => m.kind === 'placeholder');
  return targets.map((t) => {
    const start = stripped.toOriginal(t.start);
    const end = stripped.toOriginal(t.end);
    const mapped: Target = { ...t, start, end, line: lineAt(lines, start) };
    if (open.some((m) => m.start < end && start < m.end)) placeholders.add(mapped);
    return mapped;
  });
}

/** Compares two plan texts, last year's first. */
export function comparePlanTexts(oldText: string, newText: string): CompareRow[] {
  return compareTargets(planTargets(oldText), planTargets(newText), oldText, newText);
}

const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

/** A change for people: `+0.8亿美元（+9.2%）`, `+2 个百分点`, `—` when there is none. */
export function formatChange(change: Change | undefined, locale: Locale): string {
  if (!change) return '—';
  if (change.absolute === 0) return formatMessage(locale, 'compare.same');
  if (change.points) return formatMessage(locale, 'compare.points', [signed(change.absolute)]);
  const p = change.percent === undefined ? undefined : Number(change.percent.toFixed(1));
  const pct = p === undefined ? '' : locale === 'zh-cn' ? `（${signed(p)}%）` : ` (${signed(p)}%)`;
  return `${signed(change.absolute)}${change.unit}${pct}`;
}

const STATUS_KEY = { onlyOld: 'compare.onlyOld', onlyNew: 'compare.onlyNew', toFill: 'compare.toFill' } as const;

/** A row's last column for people: the change, or why there is none (new, dropped, to fill in). */
export function rowStatusText(row: CompareRow, locale: Locale): string {
  return row.status === 'both' ? formatChange(row.change, locale) : formatMessage(locale, STATUS_KEY[row.status]);
}

/** A value for people: `8.7亿美元`, `1～2家`. */
export function formatSide(s: CompareSide | undefined): string {
  return s ? s.text : '—';
}
