/**
 * One analysis of one document version: parse once, extract targets once, run every rule.
 */
import { parseDocument } from '../model/parse';
import type { DocumentModel } from '../model/model';
import { extractTargets, type Target } from '../facts/targets';
import { RULES } from '../rules/index';
import type { AnalysisOptions, Finding, FindingInit, Rule, Severity } from '../types';
import { DEFAULT_OPTIONS } from '../types';

export interface Analysis {
  readonly model: DocumentModel;
  readonly targets: readonly Target[];
  readonly findings: readonly Finding[];
}

/** The options each analysis was made with (Fix All re-analyses with them). */
const optionsByAnalysis = new WeakMap<Analysis, AnalysisOptions>();

export function analysisOptions(a: Analysis): AnalysisOptions | undefined {
  return optionsByAnalysis.get(a);
}

/** Records the options of an analysis made elsewhere (in a worker). */
export function rememberOptions(a: Analysis, options: AnalysisOptions): Analysis {
  optionsByAnalysis.set(a, options);
  return a;
}

/** Parses and checks `text`; never throws on any input. */
export function analyze(text: string, options: AnalysisOptions = DEFAULT_OPTIONS): Analysis {
  const model = parseDocument(text);
  return checkModel(text, model, extractTargets(model), options);
}

/**
 * A rule's findings taken from elsewhere instead of running it (services/incremental.ts: the
 * previous version's, moved past an edit), or undefined to run it.
 */
export type ReusedFindings = (rule: Rule, severity: Severity, chosen: boolean) => Finding[] | undefined;

/** Each rule's own findings, in the order it reported them (what an incremental analysis reuses). */
const findingsByRule = new WeakMap<Analysis, ReadonlyMap<string, readonly Finding[]>>();

export function ruleFindings(a: Analysis): ReadonlyMap<string, readonly Finding[]> | undefined {
  return findingsByRule.get(a);
}

/** Runs the rules on a parsed document (the second half of `analyze`). */
export function checkModel(
  text: string,
  model: DocumentModel,
  targets: readonly Target[],
  options: AnalysisOptions,
  reuse?: ReusedFindings,
): Analysis {
  const findings: Finding[] = [];
  const byRule = new Map<string, readonly Finding[]>();
  for (const rule of RULES) {
    const setting = options.severities[rule.id] ?? (rule.defaultOff ? 'off' : rule.defaultSeverity);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const chosen = options.severities[rule.id] !== undefined;
    let own = reuse?.(rule, severity, chosen);
    if (!own) {
      const out: Finding[] = [];
      rule.check({ text: model.text, model, options, targets }, (f: FindingInit) =>
        out.push({ ...f, rule: rule.id, severity: !chosen && f.severity ? f.severity : severity }),
      );
      own = out;
    }
    byRule.set(rule.id, own);
    for (const f of own) findings.push(f);
  }
  if (model.view === 'html') keepMarkup(text, model.text, findings);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const analysis = rememberOptions({ model, targets, findings }, options);
  findingsByRule.set(analysis, byRule);
  return analysis;
}

/**
 * Drops the fixes that would rewrite markup: on an HTML body a fix may only replace characters
 * that are text in the source (where the view equals it), never a tag or an entity.
 */
function keepMarkup(source: string, view: string, findings: Finding[]): void {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (!f.fixes?.length) continue;
    const fixes = f.fixes.filter((fix) => fix.edits.every((e) => source.slice(e.start, e.end) === view.slice(e.start, e.end)));
    if (fixes.length !== f.fixes.length) findings[k] = { ...f, fixes };
  }
}
