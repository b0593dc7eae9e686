/** Offset ↔ LSP position conversions over the model's line table. */
import type { Position, Range } from 'vscode-languageserver';
import { lineAt, type Line } from '../core/model/model';

export function toPosition(lines: readonly Line[], offset: number): Position {
  const line = lineAt(lines, offset);
  return { line, character: offset - lines[line].start };
}

export function toRange(lines: readonly Line[], start: number, end: number): Range {
  return { start: toPosition(lines, start), end: toPosition(lines, end) };
}

export function toOffset(lines: readonly Line[], p: Position): number {
  if (p.line < 0) return 0;
  if (p.line >= lines.length) return lines[lines.length - 1].end;
  const l = lines[p.line];
  return Math.min(l.start + Math.max(0, p.character), l.end);
}
