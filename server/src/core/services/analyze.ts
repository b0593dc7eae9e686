/**
 * One analysis of one document version: parse once, extract targets once, run every rule.
 */
import { parseDocument } from '../model/parse';
import type { DocumentModel } from '../model/model';
import { extractTargets, type Target } from '../facts/targets';
import { RULES } from '../rules/index';
import type { AnalysisOptions, Finding, FindingInit, Severity } from '../types';
import { DEFAULT_OPTIONS } from '../types';

export interface Analysis {
  readonly model: DocumentModel;
  readonly targets: readonly Target[];
  readonly findings: readonly Finding[];
}

/** Parses and checks `text`; never throws on any input. */
export function analyze(text: string, options: AnalysisOptions = DEFAULT_OPTIONS): Analysis {
  const model = parseDocument(text);
  const targets = extractTargets(model);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.severities[rule.id] ?? (rule.defaultOff ? 'off' : rule.defaultSeverity);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const chosen = options.severities[rule.id] !== undefined;
    rule.check({ text, model, options, targets }, (f: FindingInit) => findings.push({ ...f, rule: rule.id, severity: !chosen && f.severity ? f.severity : severity }));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { model, targets, findings };
}
