/**
 * Reading plan files and `.workplanrc.json` from disk: the one place where the CLI, the server
 * and its workspace index touch the file system for documents and settings, so that they decode,
 * admit and configure a file the same way.
 */
import { isUtf8, transcode } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBuffer, type Decoded } from '../core/text/encoding';
import { admission, type Refusal } from '../core/text/admission';
import { docx, looksLikeWord } from '../runtime/docxOnDemand';
import { DEFAULT_SETTINGS, mergeSettings, parseConfigFile, type WorkplanSettings } from '../shared/settings';

export const CONFIG_FILE = '.workplanrc.json';

export interface PlanFile {
  readonly text: string;
  readonly encoding: Decoded['encoding'];
  /** Why the text is not analysed (undefined: it is). */
  readonly refusal: Refusal | undefined;
}

/** Reads and decodes a file and gives the admission verdict; fs errors are thrown. */
export function readPlanFile(file: string): PlanFile {
  const bytes = fs.readFileSync(file);
  const decoded = plainUtf8(bytes) ?? decodeBuffer(bytes);
  return { text: decoded.text, encoding: decoded.encoding, refusal: admission(decoded.text, decoded) };
}

/** A file on disk as the workspace check sees it: its text, or why it is not read. */
export type DiskPlan = { readonly text: string; readonly word: boolean } | { readonly skipped: Refusal | 'unreadable' };

/**
 * Reads a candidate plan from disk for the workspace check: files over `maxBytes` are not read
 * (`tooLarge`), a Word document is imported (its imported text is what the plan view shows), any
 * other is decoded and admitted as the editor would.
 */
export function readDiskPlan(file: string, maxBytes: number): DiskPlan {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { skipped: 'unreadable' };
    if (stat.size > maxBytes) return { skipped: 'tooLarge' };
    const bytes = fs.readFileSync(file);
    if (looksLikeWord(file, bytes)) return { text: docx().importDocx(bytes).text, word: true };
    const decoded = decodeBuffer(bytes);
    const refusal = admission(decoded.text, decoded);
    return refusal ? { skipped: refusal } : { text: decoded.text, word: false };
  } catch {
    // unreadable, or a Word file the import refuses (old .doc, damaged, protected)
    return { skipped: 'unreadable' };
  }
}

/**
 * What decodeBuffer gives for plain UTF-8 (no byte-order mark, no NUL in its first 8 KB), faster:
 * validated by the runtime, transcoded to UTF-16 by ICU and copied into a string. V8's own UTF-8
 * decoding (TextDecoder, Buffer#toString) takes ~400 µs for a 45 KB Chinese plan, this ~40 µs
 * (it was a sixth of a batch `check`). Undefined for anything else: decodeBuffer decides.
 */
export function plainUtf8(bytes: Buffer): Decoded | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  if (bytes.subarray(0, 8192).indexOf(0) >= 0 || !isUtf8(bytes)) return undefined;
  try {
    return { text: transcode(bytes, 'utf8', 'utf16le').toString('utf16le'), encoding: 'utf8', binary: false };
  } catch {
    // A runtime built without ICU.
    return undefined;
  }
}

/**
 * The nearest `.workplanrc.json` at or above `dir`, parsed (never evaluated): the search goes up
 * to the file system's root, or stops after `stopAt` (the workspace folders) when one is passed.
 * The nearest file wins even when it is not valid JSON (its settings are then the defaults):
 * a broken file should not silently hand over to one further up.
 */
export function findConfig(dir: string, stopAt: readonly string[] = []): { file: string; value: unknown } | undefined {
  let at = path.resolve(dir);
  for (;;) {
    const file = path.join(at, CONFIG_FILE);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // none here
    }
    if (text !== undefined) return { file, value: parseConfigFile(text) };
    if (stopAt.includes(at)) return undefined;
    const up = path.dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

/** Settings for a file from the nearest `.workplanrc.json` over the defaults (editor settings go on top). */
export function fileSettings(file: string, stopAt?: readonly string[]): WorkplanSettings {
  return mergeSettings(DEFAULT_SETTINGS, findConfig(path.dirname(path.resolve(file)), stopAt)?.value);
}
