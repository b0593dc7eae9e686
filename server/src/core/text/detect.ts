/**
 * Cheap checks on raw text: does it look like a work plan (planDetection.ts), does it look binary.
 * Used by the client (auto-switching the language mode), the server's workspace index and the CLI.
 */

/** True when the start of `text` reads like a work plan (one heuristic for the client, the index and the CLI). */
export { looksLikeWorkPlan as looksLikePlan } from './planDetection';

/** True for text that holds NUL or many control characters: a binary file opened as text. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  const control = controlUnits(text, n);
  return control < 0 || (n > 0 && control / n > 0.1);
}

/**
 * Control characters among the first `n` units, or -1 at a NUL. The loop has a function of its own
 * so that nothing after it runs in stack-replaced code without type feedback (see misdecoded.ts).
 */
function controlUnits(text: string, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return -1;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control;
}
