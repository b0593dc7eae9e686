/**
 * ASCII quotes around Chinese text (`"三个重点"`, `'十四五'`), which Chinese text writes “…” and
 * ‘…’ (GB/T 15834 4.1). Pairs are taken in order within one line, and only when the line holds an
 * even number of them outside markup; the quoted text must hold a Han character and must not be
 * an apostrophe between Latin letters. Shared by the `quote-style` rule and the formatter.
 */
import type { Line } from '../model/model';
import { RE_ENUM } from '../model/parse';
import { isHan } from './masks';

export interface AsciiQuotePair {
  readonly open: number;
  readonly close: number;
  /** `"` or `'`. */
  readonly mark: string;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The ASCII quote pairs around Chinese text, by line; `mask` marks what not to touch (markup; for the
 * formatter also heading markers): a pair with a masked character inside is left as it is.
 */
export function asciiQuotePairs(text: string, lines: readonly Line[], mask: Uint8Array): AsciiQuotePair[] {
  const out: AsciiQuotePair[] = [];
  if (text.indexOf('"') < 0 && text.indexOf("'") < 0) return out;
  for (const mark of ['"', "'"]) {
    // One pass over the marks of the whole text, grouped by line as they come.
    let li = 0;
    let at: number[] = [];
    const flush = () => {
      if (at.length && at.length % 2 === 0) for (let k = 0; k < at.length; k += 2) pairAt(text, at[k], at[k + 1], mark, mask, out);
      at = [];
    };
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      if (mask[i]) continue;
      if (i >= lines[li].end) {
        flush();
        while (li + 1 < lines.length && lines[li].end <= i) li++;
      }
      // Don't, 90's: an apostrophe, not a quote.
      if (mark === "'" && isAsciiAlnum(text.charCodeAt(i - 1)) && isAsciiAlnum(text.charCodeAt(i + 1))) continue;
      at.push(i);
    }
    flush();
  }
  return out.sort((a, b) => a.open - b.open);
}

/** True when a run-in item (`一是`, `第一，`) would start at `at` once a “ or ” stands before it. */
function runInItemAt(text: string, at: number): boolean {
  const probe = '“' + text.slice(at, at + 8);
  RE_ENUM.lastIndex = 1;
  const m = RE_ENUM.exec(probe);
  return m !== null && m.index === 1;
}

function pairAt(text: string, open: number, close: number, mark: string, mask: Uint8Array, out: AsciiQuotePair[]): void {
  if (close - open < 2) return;
  // Converted, the quotes would change what the parser reads around them (a run-in item after “ or ”).
  if (runInItemAt(text, open + 1) || runInItemAt(text, close + 1)) return;
  let han = false;
  for (let i = open + 1; i < close; i++) {
    if (mask[i]) return;
    const c = text.charCodeAt(i);
    if (isHan(c)) han = true;
    // Quotes inside or a line of code: not a quotation to convert.
    else if (c === 0x201c || c === 0x201d || c === 0x3d /* = */ || c === 0x7b /* { */ || c === 0x3c /* < */) return;
  }
  if (han) out.push({ open, close, mark });
}

/** The full-width marks for an ASCII pair. */
export const CHINESE_QUOTES: Record<string, [string, string]> = { '"': ['“', '”'], "'": ['‘', '’'] };
