/** bench/facts.mjs: the fact passes and rules one by one, each on a fresh model identity (caches keyed by the model miss). */
import { parseDocument } from '../server/src/core/model/parse';
import { extractTargets } from '../server/src/core/facts/targets';
import { lonePairs } from '../server/src/core/facts/pairs';
import { countStatements } from '../server/src/core/facts/counts';
import { extractTasks } from '../server/src/core/facts/tasks';
import { duplicateInfo } from '../server/src/core/facts/duplicates';
import { paragraphTable } from '../server/src/core/model/paragraphs';
import { classifyChrome } from '../server/src/core/facts/paste';
import { RULES } from '../server/src/core/rules/index';
import { DEFAULT_OPTIONS } from '../server/src/core/types';
import type { DocumentModel } from '../server/src/core/model/model';

export function prepare(text: string): { model: DocumentModel; targets: ReturnType<typeof extractTargets> } {
  const model = parseDocument(text);
  const targets = extractTargets(model);
  // Every rule once, so that the caches keyed by text or lines (chrome, markup, paste) are warm.
  for (const rule of RULES) rule.check({ text: model.text, model, options: DEFAULT_OPTIONS, targets }, () => undefined);
  return { model, targets };
}

export const facts: Record<string, (m: DocumentModel) => unknown> = {
  lonePairs: (m) => lonePairs({ ...m }),
  countStatements: (m) => countStatements({ ...m }),
  extractTasks: (m) => extractTasks({ ...m }),
  duplicateInfo: (m) => duplicateInfo({ ...m }),
  paragraphTable: (m) => paragraphTable(m.text, m.lines),
  classifyChrome: (m) => classifyChrome(m.text, [...m.lines]),
  parse: (m) => parseDocument(m.text),
};

export function rule(id: string, model: DocumentModel, targets: ReturnType<typeof extractTargets>): number {
  const r = RULES.find((x) => x.id === id)!;
  let n = 0;
  r.check({ text: model.text, model: { ...model }, options: DEFAULT_OPTIONS, targets }, () => n++);
  return n;
}
export const ruleIds = RULES.map((r) => r.id);
