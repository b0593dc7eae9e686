/**
 * `target-conflict`: the same metric given different values in one document (two targets of
 * 社会消费品零售总额 that disagree). Conservative: only named metrics of four or more characters,
 * only explicit targets (力争/确保/目标…, not trends or facts), same category and unit, same
 * numbering context, not set for different years (`到2024年底` / `到“十四五”末`), and either the same section or one of
 * them a headline (preamble or 目标 section).
 */
import { GOAL_LEVEL, GOAL_LEVEL_WORD, PERIOD_END, shownText, type Target } from '../facts/targets';
import { fiveYearStart } from '../facts/zones';
import type { DocumentModel } from '../model/model';
import type { Rule } from '../types';
import { codePointLength } from '../text/chars';

/** Words that make a sentence an explicit target (not a trend or a fact). */
const STRONG_CUE = /力争|确保|争取|目标|预期|控制在|计划|预计/;

function contextOf(model: DocumentModel, offset: number): number {
  let c = 0;
  for (const ctx of model.contexts) if (ctx.start <= offset) c = ctx.index;
  return c;
}

/** A headline statement: in the preamble or under a 目标 heading. */
function headline(t: Target): boolean {
  // A goals heading names goals (工作目标, 主要预期目标), not a task 以……为目标.
  return t.heading === undefined || (/目标|指标/.test(t.heading.title) && codePointLength(t.heading.title) <= 10);
}

/** A year (`2024年底`) or the end of a five-year period (`“十四五”末`) in a sentence's words. */
const YEAR_OR_PERIOD_END = new RegExp(`(\\d{4})\\s*年|${PERIOD_END.source}`, 'g');

/** The year a target is set for: the last year or period end in its sentence before it, else its scope year. */
function yearBefore(text: string, t: Target): number | undefined {
  let year: number | undefined;
  for (const m of text.slice(t.sentenceStart, t.start).matchAll(YEAR_OR_PERIOD_END)) year = m[1] ? Number(m[1]) : fiveYearStart(m[2]) + 4;
  return year ?? t.scopeYear;
}

/** A place that is the subject of a clause (`卫辉市提出…`, `凤泉区大力实施…`): a name of 2–3 characters and 市/区/县, then a verb of a plan. */
const PLACE_SUBJECT =
  /(?<![全本我该各])([\u4e00-\u9fff]{2,3}(?:市|区|县|區|縣))(?=提出|大力|确保|確保|力争|力爭|围绕|圍繞|全年|坚持|堅持|聚焦|要|将|將)/g;

/** The last place named as a subject in a target's sentence before it, or undefined. */
function placeOf(text: string, t: Target): string | undefined {
  let place: string | undefined;
  for (const m of text.slice(t.sentenceStart, t.start).matchAll(PLACE_SUBJECT)) place = m[1];
  return place;
}

export const targetConflict: Rule = {
  id: 'target-conflict',
  defaultSeverity: 'warning',
  description: 'rule.target-conflict',
  tags: ['targets'],
  check({ model, targets }, report) {
    const seen = new Map<string, Target>();
    for (const t of targets) {
      if (t.kind !== 'target' || t.zone === 'review' || codePointLength(t.metric) < 4 || t.valueMax !== undefined || t.qualifier) continue;
      if (t.category !== 'amount' && t.category !== 'growth') continue;
      if (GOAL_LEVEL.test(t.metric)) continue;
      if (!STRONG_CUE.test(model.text.slice(t.sentenceStart, t.sentenceEnd))) continue;
      const context = contextOf(model, t.start);
      // `卫辉市提出的目标是:…增速18%` and `凤泉区大力实施…，确保…增速10%` (a news report of several places' targets, blind form
      // 480): a place named as its sentence's subject is a scope of its own (the document's own has none).
      const place = placeOf(model.text, t) ?? '';
      const key = `${context}|${place}|${t.metric.replace(/^(全年|全市|全省|全区)+/, '')}|${t.category}|${t.baseUnit}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, t);
        continue;
      }
      const a = first.normalized ?? first.value;
      const b = t.normalized ?? t.value;
      if (a === b || first.sentenceStart === t.sentenceStart) continue;
      // `底线目标…；奋斗目标…`: a floor and a stretch goal of the same metric.
      const sentence = (x: Target) => model.text.slice(x.sentenceStart, x.sentenceEnd);
      if (GOAL_LEVEL_WORD.test(sentence(first)) || GOAL_LEVEL_WORD.test(sentence(t))) continue;
      // `到2024年底…达到5500亿元` and `到“十四五”末…达到7000亿元`: values set for different years are steps, not a conflict.
      const ya = yearBefore(model.text, first);
      const yb = yearBefore(model.text, t);
      if (ya !== undefined && yb !== undefined && ya !== yb) continue;
      // Different sections may speak of different scopes; a headline and a section may not disagree.
      if (first.heading !== t.heading && !headline(first) && !headline(t)) continue;
      report({
        start: t.start,
        end: t.end,
        message: { key: 'targets.conflict', args: [t.metric, shownText(t), first.line + 1, shownText(first)] },
        related: [{ start: first.start, end: first.end, message: { key: 'targets.conflictRelated', args: [t.metric] } }],
      });
    }
  },
};
