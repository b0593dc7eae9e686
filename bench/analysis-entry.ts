/**
 * The bench bundle (out/bench/analysis.js): the same core and feature code the server runs,
 * minified like the production server, with hooks to time the whole analysis and its parts.
 */
import { analyze, type Analysis } from '../server/src/core/services/analyze';
import { reanalysisKind, reanalyze } from '../server/src/core/services/incremental';
import { parseDocument } from '../server/src/core/model/parse';
import { extractTargets } from '../server/src/core/facts/targets';
import { RULES } from '../server/src/core/rules/index';
import { DEFAULT_OPTIONS, type FindingInit } from '../server/src/core/types';
import type { DocumentModel } from '../server/src/core/model/model';
import { documentSymbols } from '../server/src/lsp/features/symbols';
import { toDiagnostics } from '../server/src/lsp/features/diagnostics';
import { encodeTokens, quantityTokens } from '../server/src/lsp/features/targetTokens';
import type { Target } from '../server/src/core/facts/targets';

/** Semantic tokens as the server computes them for `textDocument/semanticTokens/full`. */
function semanticTokens(model: DocumentModel, targets: readonly Target[]): number[] {
  return encodeTokens(model, quantityTokens(model.text, targets));
}

/** Which of the optional parts are measured. */
export const parts = { rules: RULES.map((r) => r.id), semanticTokens: 'lsp/features/targetTokens.ts quantityTokens + encodeTokens' };

/** What the server computes for one document version: analysis, symbols, semantic tokens. */
export function fullAnalysis(text: string): number {
  const a = analyze(text, DEFAULT_OPTIONS);
  const symbols = documentSymbols(a.model, true);
  const tokens = semanticTokens(a.model, a.targets);
  return a.findings.length + symbols.length + a.targets.length + tokens.length;
}

/** Parse only. */
export function parseOnly(text: string): number {
  return parseDocument(text).headings.length;
}

/** The diagnostics conversion the server does after analysis (capped like the server). */
export function diagnostics(text: string): number {
  const a = analyze(text, DEFAULT_OPTIONS);
  return toDiagnostics(a.model, a.findings.slice(0, 1000), 'zh-cn' as never, 'file:///bench.txt').length;
}

/** Milliseconds of each stage of one analysis: parse, targets, each rule, symbols, tokens. */
export function stageTimings(text: string): Record<string, number> {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const model = parseDocument(text);
  t.parse = performance.now() - t0;
  t0 = performance.now();
  const targets = extractTargets(model);
  t.targets = performance.now() - t0;
  const report = (_f: FindingInit) => undefined;
  for (const rule of RULES) {
    if (rule.defaultOff) continue;
    t0 = performance.now();
    rule.check({ text, model, options: DEFAULT_OPTIONS, targets }, report);
    t[`rule:${rule.id}`] = performance.now() - t0;
  }
  t0 = performance.now();
  documentSymbols(model, true);
  t.symbols = performance.now() - t0;
  t0 = performance.now();
  semanticTokens(model, targets);
  t.semanticTokens = performance.now() - t0;
  return t;
}

/** Keeps the analysis alive (for the heap measurement). */
export function retainAnalysis(text: string): unknown {
  const a = analyze(text, DEFAULT_OPTIONS);
  return { a, symbols: documentSymbols(a.model, true), tokens: semanticTokens(a.model, a.targets) };
}

/** One keystroke's analysis: in full (`prev` undefined) or from the previous version's (services/incremental.ts). */
export function keystrokeAnalysis(text: string, prev?: Analysis): { analysis: Analysis; kind: string } {
  const analysis = prev ? reanalyze(prev, text, DEFAULT_OPTIONS) : analyze(text, DEFAULT_OPTIONS);
  return { analysis, kind: prev ? (reanalysisKind(analysis) ?? 'full') : 'full' };
}
