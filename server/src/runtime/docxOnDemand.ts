/**
 * Loads docxEntry.ts on first use. In the server and CLI bundles (built with
 * WORKPLAN_DOCX_SPLIT = true) it is dist/docx.js beside them: the docx library alone is about
 * 250 KB minified, which neither the server's start nor a `workplan check` of text files should
 * pay for. Elsewhere (tests) it is an ordinary import.
 */
import * as path from 'node:path';
import type * as Docx from './docxEntry';

/** Set by the build (scripts/build.mjs, bench/run.mjs); esbuild drops the branch not taken. */
declare const WORKPLAN_DOCX_SPLIT: boolean;

let loaded: typeof Docx | undefined;

export function docx(): typeof Docx {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = (WORKPLAN_DOCX_SPLIT ? require(path.join(__dirname, 'docx.js')) : require('./docxEntry')) as typeof Docx;
  }
  return loaded;
}

/** True when the file name or the first bytes say Word (a zip or an OLE compound file). */
export function looksLikeWord(file: string, bytes: Uint8Array): boolean {
  if (/\.(docx|docm|dotx|doc|wps)$/i.test(file)) return true;
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  const ole = bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}
