/**
 * Fixture files in the markdownlint manner: a line `%% <rule> <startCol>-<endCol>` says the next
 * line has a finding of <rule> over those 1-based columns (end exclusive). Expectation lines are
 * removed before analysis, so line numbers refer to the clean text.
 */
import * as fs from 'node:fs';

export interface Expected {
  rule: string;
  line: number; // 1-based, in the clean text
  startColumn: number;
  endColumn: number;
}

export function readFixture(file: string): { text: string; expected: Expected[] } {
  const raw = fs.readFileSync(file, 'utf8');
  const lines = raw.split('\n');
  const kept: string[] = [];
  const expected: Expected[] = [];
  const pending: Array<Omit<Expected, 'line'>> = [];
  for (const line of lines) {
    const m = /^%% ([a-z-]+) (\d+)-(\d+)\s*$/.exec(line);
    if (m) {
      pending.push({ rule: m[1], startColumn: Number(m[2]), endColumn: Number(m[3]) });
      continue;
    }
    if (line.startsWith('%%')) throw new Error(`${file}: malformed expectation: ${line}`);
    kept.push(line);
    for (const p of pending.splice(0)) expected.push({ ...p, line: kept.length });
  }
  return { text: kept.join('\n'), expected };
}
