/**
 * What `bench/differential.mjs` compares between two versions of the code: everything one
 * analysis produces for a text (model, targets, tasks, findings with their fixes, symbols,
 * semantic tokens), as one canonical JSON string. Built against the tree under test and against
 * a reference commit (its imports resolve in either tree; only long-standing exports are used).
 */
import { analyze } from '../server/src/core/services/analyze';
import { admission } from '../server/src/core/text/admission';
import { tasksOf } from '../server/src/core/facts/tasks';
import { DEFAULT_OPTIONS } from '../server/src/core/types';
import { documentSymbols } from '../server/src/lsp/features/symbols';
import { encodeTokens, quantityTokens } from '../server/src/lsp/features/targetTokens';

/** Heading links as indices (the model is a graph; JSON wants a tree). */
function replacer(this: unknown, key: string, value: unknown): unknown {
  if (value && typeof value === 'object') {
    const v = value as { kind?: string; index?: number; start?: number };
    if ((key === 'parent' || key === 'heading' || key === 'section') && v.kind === 'heading') return `h${v.index}`;
    if (key === 'children' && Array.isArray(value)) return (value as { index: number }[]).map((h) => h.index);
    if (key === 'enumerations' && (this as { kind?: string }).kind === 'heading' && Array.isArray(value))
      return (value as { start: number }[]).map((e) => e.start);
    if (key === 'items' && Array.isArray(value)) return (value as { start: number }[]).map((e) => e.start);
  }
  return value;
}

export function dump(text: string): string {
  const a = analyze(text, DEFAULT_OPTIONS);
  const tasks = tasksOf(a.model);
  const symbols = documentSymbols(a.model, true);
  const tokens = encodeTokens(a.model, quantityTokens(a.model.text, a.targets));
  const { text: _t, ...model } = a.model;
  return JSON.stringify(
    { admission: admission(text) ?? null, model, targets: a.targets, tasks, findings: a.findings, symbols, tokens },
    replacer,
  );
}
