/**
 * 其中 breakdowns: a total, the parts that follow 其中, their sum and whether it adds up. Read by
 * the `target-sum` rule and by the inlay hint that shows the computed sum.
 */
import type { Target } from './targets';

export interface Breakdown {
  readonly total: Target;
  readonly parts: readonly Target[];
  /** Offset of 其中. */
  readonly at: number;
  readonly sum: number;
  readonly exhaustive: boolean;
  readonly ok: boolean;
}

const found = new WeakMap<readonly Target[], { readonly text: string; readonly breakdowns: readonly Breakdown[] }>();

/**
 * Every 其中 breakdown with a total and at least two parts of the same base unit. Found once per
 * analysis (the rule and the inlay hints ask with the same target list).
 */
export function breakdowns(text: string, targets: readonly Target[]): readonly Breakdown[] {
  const hit = found.get(targets);
  if (hit && hit.text === text) return hit.breakdowns;
  const out = findBreakdowns(text, targets);
  found.set(targets, { text, breakdowns: out });
  return out;
}

function findBreakdowns(text: string, all: readonly Target[]): Breakdown[] {
  // A value shared by several metrics (`三个100%`) is one quantity of the text.
  const targets = all.some((t) => t.shared) ? all.filter((t) => !t.shared) : all;
  const out: Breakdown[] = [];
  const re = /其中/g;
  let m: RegExpExecArray | null;
  let ti = 0;
  while ((m = re.exec(text))) {
    const at = m.index;
    while (ti < targets.length && targets[ti].start < at) ti++;
    // The total: the last amount or count before 其中, in the same or the previous sentence.
    let total: Target | undefined;
    // 其中 starting its sentence refers to the sentence before; otherwise to its own.
    const startsSentence = /[。；;！？\n]\s*$/.test(text.slice(Math.max(0, at - 3), at)) || at === 0;
    for (let k = ti - 1; k >= 0 && k >= ti - 6; k--) {
      const t = targets[k];
      if (at - t.end > 80) break;
      if (!startsSentence && t.sentenceEnd < at) break;
      if ((t.category === 'amount' || t.category === 'count') && t.normalized !== undefined) {
        total = t;
        break;
      }
    }
    if (!total) continue;
    // The parts: same base unit, after 其中, in the sentence that holds the first part.
    const parts: Target[] = [];
    let sentenceEnd = -1;
    // `新增营造林148万亩、其中南北山绿化工程43万亩，修复治理退化草原517万亩`: 其中 after 、 is an aside inside an
    // enumeration of tasks, ending with its clause; the values after the comma are the next tasks (615:30 and 82;
    // twenty-third blind set, form 400). After `，` or at a sentence's start (`，其中，出口…，进口…`) the parts run on.
    const aside = at > 0 && text[at - 1] === '、';
    for (let k = ti; k < targets.length; k++) {
      const t = targets[k];
      if (sentenceEnd < 0) {
        if (t.start - at > 20) break;
        sentenceEnd = t.sentenceEnd;
      }
      if (t.start > sentenceEnd) break;
      // A clause that opens a new statement (，新增高速2600公里) ends the breakdown.
      const gap = text.slice(parts.length ? parts[parts.length - 1].end : at, t.start);
      if (/[，,；;][^，,；;]*$/.test(gap) && /[，,；;]\s*(新增|完成|实现|建成|开工|新开|累计|另有|此外)[^，,；;]*$/.test(gap)) break;
      if (aside && parts.length && /[，,；;]/.test(gap)) break;
      // `由40元提高到80元`: the start value is no part (the end value is).
      if (FROM_BEFORE.test(text.slice(Math.max(at, t.start - 6), t.start))) continue;
      // `投资8570万元，其中工业投资1970万元，规模以上工业产值实现1.12亿元`: a clause measuring another
      // thing (产值, not 投资) is no part of the total.
      if (parts.length && /[，,；;]/.test(gap) && otherMeasure(total.metric, t.metric)) break;
      if (t.baseUnit === total.baseUnit && t.normalized !== undefined && t.valueMax === undefined) parts.push(t);
    }
    if (parts.length < 2) continue;
    const sum = parts.reduce((n, p) => n + (p.normalized as number), 0);
    const tolerance = Math.max(Math.abs(total.normalized as number) * 0.005, smallestStep(total));
    const metrics = new Set(parts.map((p) => p.metric.replace(/^(全年|全市|全省)/, '')));
    const exhaustive = metrics.size === 2 && metrics.has('出口') && metrics.has('进口') && /进出口|外贸/.test(total.metric);
    const diff = sum - (total.normalized as number);
    const ok = diff <= tolerance && (!exhaustive || diff >= -tolerance);
    out.push({ total, parts, at, sum, exhaustive, ok });
  }
  return out;
}

/** `由…`/`从…` just before a value: the start of a change (`由40元提高到80元`). */
const FROM_BEFORE = /[由从從](?:每[^，,；;。\d]{1,4})?$/;
/** What an amount measures, when its metric ends in one of these words. */
const MEASURE_HEAD = /(投资|投資|产值|產值|增加值|收入|销售额|銷售額|营业额|營業額|利润|利潤|税收|稅收|产量|產量|面积|面積|人数|人數)$/;

/** Whether two metrics end in different measure words (投资 vs 产值); false when either names none. */
function otherMeasure(total: string, part: string): boolean {
  const a = MEASURE_HEAD.exec(total);
  const b = MEASURE_HEAD.exec(part);
  return a !== null && b !== null && a[1] !== b[1];
}

/** Half the smallest step the total is written in (8.7亿 → 0.05亿): rounding is not an error. */
function smallestStep(t: Target): number {
  const decimals = (String(t.value).split('.')[1] ?? '').length;
  return ((t.normalized as number) / t.value) * Math.pow(10, -decimals) * 0.5;
}

/** Writes a normalised value back in the total's unit (870000000 USD → 8.7亿美元). */
export function inUnitOf(total: Target, normalized: number): string {
  const factor = (total.normalized as number) / total.value;
  return `${Number((normalized / factor).toPrecision(10))}${total.unit}`;
}
