/**
 * Whether a text is analysed at all: one verdict, computed once per document version (server),
 * per file (CLI, workspace index), so that the three agree on what is binary, too large or
 * misdecoded.
 */
import { looksBinary } from './detect';

/** Why a text is not analysed. */
export type Refusal = 'binary' | 'tooLarge' | 'encoding';

/** Texts longer than this (UTF-16 units) are not analysed: the editor would stall on the results. */
export const MAX_DOCUMENT_CHARS = 12 * 1024 * 1024;

/** How much of the start of a text the binary and encoding checks read. */
const SAMPLE = 65536;

/**
 * The verdict on `text`: undefined when it may be analysed, else the reason it may not.
 * `decoded` is what decoding the bytes found (a NUL byte, junk in every encoding), when known.
 */
export function admission(text: string, decoded?: { readonly binary: boolean }): Refusal | undefined {
  if (decoded?.binary || looksBinary(text)) return 'binary';
  if (text.length > MAX_DOCUMENT_CHARS) return 'tooLarge';
  if (misdecoded(text)) return 'encoding';
  return undefined;
}

/**
 * True when replacement characters (U+FFFD) make up a tenth of the start of the text: bytes in
 * another encoding were decoded as UTF-8 (a GBK file opened as UTF-8 loses nearly every Chinese
 * character). A web page that lost a few characters (the paste-artifact rule's business) stays
 * far below that.
 */
export function misdecoded(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let bad = 0;
  // A bounded loop: indexOf would read the whole text when there is none.
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad >= 32 && bad * 10 >= n;
}
