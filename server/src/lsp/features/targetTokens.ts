/**
 * Semantic tokens for quantities: targets, growth rates, amounts and years (`2007年`). Baseline
 * facts carry the `baseline` modifier so themes can dim them. The TextMate grammar colours the
 * same things as a fallback until the server answers.
 */
import type { SemanticTokens, SemanticTokensLegend, ServerCapabilities } from 'vscode-languageserver';
import type { DocumentModel } from '../../core/model/model';
import type { Target } from '../../core/facts/targets';
import type { FeatureHost } from '../host';
import { toOffset } from '../convert';

/** Token types of the legend (package.json contributes them with TextMate fallback scopes). */
export const TOKEN_TYPES = ['target', 'growthRate', 'amount', 'year'] as const;
export const TOKEN_MODIFIERS = ['baseline', 'review'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** A token in offsets, before the LSP encoding. */
export interface QuantityToken {
  readonly start: number;
  readonly end: number;
  readonly type: TokenType;
  readonly baseline: boolean;
  /** In the review part of the document (工作回顾…): themes may dim the whole part's figures. */
  readonly review?: boolean;
}

/**
 * `2007年`, `2024 年`: four-digit years from 1900 to 2099, not part of a longer number — what
 * `/(?<![\d.．])(?:19|20)\d\d(?=\s*年)(?:\s*年)/g` matches, found from each 年 (indexOf) and read
 * backwards: the regex was tried at every character of the text.
 */
export function nextYear(text: string, from: number): { index: number; length: number } | undefined {
  for (let q = text.indexOf('年', from + 4); q >= 0; q = text.indexOf('年', q + 1)) {
    let r = q;
    while (r > from && WHITE.test(text[r - 1])) r--;
    const p = r - 4;
    if (p < from) continue;
    const c0 = text.charCodeAt(p);
    const c1 = text.charCodeAt(p + 1);
    if (
      !((c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30)) ||
      !isDigit(text.charCodeAt(p + 2)) ||
      !isDigit(text.charCodeAt(p + 3))
    )
      continue;
    const before = text[p - 1];
    if (before !== undefined && (isDigit(before.charCodeAt(0)) || before === '.' || before === '．')) continue;
    return { index: p, length: q + 1 - p };
  }
  return undefined;
}
const WHITE = /\s/;
const isDigit = (c: number) => c >= 48 && c <= 57;

function typeOf(t: Target): TokenType {
  if (t.category === 'growth') return 'growthRate';
  if (t.category === 'amount') return 'amount';
  return 'target';
}

/** The quantity tokens overlapping `[from, to)` in document order (targets and years never overlap). */
export function quantityTokens(text: string, targets: readonly Target[], from = 0, to = text.length): QuantityToken[] {
  const out: QuantityToken[] = [];
  // Targets are sorted by start; skip to the first that may overlap.
  let lo = 0;
  let hi = targets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (targets[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  let year = nextYear(text, Math.max(0, from - 6));
  const after = (y: { index: number; length: number }) => nextYear(text, y.index + y.length);
  let i = lo;
  for (;;) {
    while (year && year.index + year.length <= from) year = after(year);
    const t = i < targets.length && targets[i].start < to ? targets[i] : undefined;
    const y = year && year.index < to ? year : undefined;
    if (!t && !y) break;
    if (t && (!y || t.start <= y.index)) {
      // One value shared by several metrics (`三个100%`) is one token.
      if (!t.shared)
        out.push({ start: t.start, end: t.end, type: typeOf(t), baseline: t.kind === 'baseline', review: t.zone === 'review' });
      i++;
      // A year inside a target's span (never expected) is dropped to keep tokens disjoint.
      while (year && year.index < t.end) year = after(year);
    } else if (y) {
      out.push({ start: y.index, end: y.index + y.length, type: 'year', baseline: false });
      year = after(year as { index: number; length: number });
    }
  }
  return out;
}

/** LSP encoding (relative lines and characters); a token that crosses a line break is split. */
export function encodeTokens(model: DocumentModel, tokens: readonly QuantityToken[]): number[] {
  const data: number[] = [];
  const { lines } = model;
  let prevLine = 0;
  let prevChar = 0;
  let line = 0;
  for (const tok of tokens) {
    while (line + 1 < lines.length && lines[line + 1].start <= tok.start) line++;
    for (let l = line, s = tok.start; l < lines.length && s < tok.end; l++) {
      const lineEnd = Math.min(tok.end, lines[l].end);
      if (lineEnd > s) {
        const char = s - lines[l].start;
        data.push(
          l - prevLine,
          l === prevLine ? char - prevChar : char,
          lineEnd - s,
          TOKEN_TYPES.indexOf(tok.type),
          (tok.baseline ? 1 : 0) | (tok.review ? 2 : 0),
        );
        prevLine = l;
        prevChar = char;
      }
      if (l + 1 < lines.length) s = lines[l + 1].start;
    }
  }
  return data;
}

export function registerTargetTokens(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.languages.semanticTokens.on(async (p, token): Promise<SemanticTokens> => {
    const a = await ctx.newestAnalysis(p.textDocument.uri, token);
    if (!a || token.isCancellationRequested) return { data: [] };
    return { data: encodeTokens(a.model, quantityTokens(a.model.text, a.targets)) };
  });
  ctx.providers.languages.semanticTokens.onRange(async (p, token): Promise<SemanticTokens> => {
    const a = await ctx.newestAnalysis(p.textDocument.uri, token);
    if (!a || token.isCancellationRequested) return { data: [] };
    const from = toOffset(a.model.lines, p.range.start);
    const to = toOffset(a.model.lines, p.range.end);
    return { data: encodeTokens(a.model, quantityTokens(a.model.text, a.targets, from, to)) };
  });
  return { semanticTokensProvider: { legend: LEGEND, full: true, range: true } };
}
