/**
 * Whether a text is analysed at all: one verdict, computed once per document version (server),
 * per file (CLI, workspace index), so that the three agree on what is binary, too large or
 * misdecoded.
 */
import { looksBinary } from './detect';
import { misdecoded } from './misdecoded';

/** Why a text is not analysed. */
export type Refusal = 'binary' | 'tooLarge' | 'encoding';

/** Texts longer than this (UTF-16 units) are not analysed: the editor would stall on the results. */
export const MAX_DOCUMENT_CHARS = 12 * 1024 * 1024;

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

export { misdecoded } from './misdecoded';
