/** The CLI's files: reading (folders expanded, encodings detected), writing back, settings per file. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import type { Decoded } from '../core/text/encoding';
import { MAX_DOCUMENT_CHARS } from '../core/text/admission';
import { formatMessage, localeFrom, type Locale } from '../core/messages';
import type { AnalysisOptions } from '../core/types';
import { toAnalysisOptions } from '../shared/settings';
import { fileSettings, readPlanFile, type PlanFile } from '../io/files';
import { UsageError } from './arguments';
import { docx, looksLikeWord } from '../runtime/docxOnDemand';

/** Messages follow WORKPLAN_LANG, else the C library's locale variables. */
export const locale: Locale = localeFrom(process.env.WORKPLAN_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG);
const msg = (key: Parameters<typeof formatMessage>[1], ...args: (string | number)[]) => formatMessage(locale, key, args);

/** Encodes text back in the encoding it was read in (`check --fix` keeps a GBK file GBK). */
export function encodeText(text: string, encoding: Decoded['encoding']): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

export interface InputFile {
  readonly file: string;
  readonly text: string;
  readonly encoding: Decoded['encoding'];
  /** Set for a Word document: its text is the import (paragraphs, automatic numbers, table rows). */
  readonly stats?: readonly [number, number, number];
}

/** The plan text of a Word document; a file the import cannot read is a usage error (exit 2). */
function importWord(file: string, bytes: Uint8Array): InputFile {
  const { importDocx, DocxError, docxErrorMessage } = docx();
  try {
    const r = importDocx(bytes);
    return { file, text: r.text, encoding: 'utf8', stats: [r.stats.paragraphs, r.stats.numbered, r.stats.tableRows] };
  } catch (e) {
    if (e instanceof DocxError) throw new UsageError(docxErrorMessage(locale, file, e));
    throw e;
  }
}

/** Expands folder arguments and reads every file; unreadable or binary files are usage errors. */
export function readInputs(args: readonly string[]): InputFile[] {
  return listInputs(args).map(readInput);
}

/** The files the arguments name, folders expanded (sorted); a missing argument is a usage error. */
export function listInputs(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const a of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(a);
    } catch (e) {
      throw new UsageError(msg('cli.notFound', a, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    if (stat.isDirectory()) {
      const found = fs
        .readdirSync(a)
        .filter((n) => /\.(txt|md|workplan|docx)$/i.test(n))
        .sort()
        .map((n) => path.join(a, n));
      if (!found.length) throw new UsageError(msg('cli.noFiles', a));
      files.push(...found);
    } else files.push(a);
  }
  return files;
}

/** Reads and decodes one file; unreadable, binary, too large or misdecoded files are usage errors. */
export function readInput(file: string): InputFile {
  {
    if (/\.(docx|docm|dotx|doc|wps)$/i.test(file) || startsLikeWord(file)) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        throw new UsageError(msg('cli.notFound', file, (e as NodeJS.ErrnoException).code ?? String(e)));
      }
      if (looksLikeWord(file, bytes)) return importWord(file, bytes);
    }
    let read: PlanFile;
    try {
      read = readPlanFile(file);
    } catch (e) {
      throw new UsageError(msg('cli.notFound', file, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    if (read.refusal === 'binary') throw new UsageError(msg('cli.binary', file));
    if (read.refusal === 'tooLarge') throw new UsageError(msg('cli.tooLarge', file, `${Math.round(MAX_DOCUMENT_CHARS / 1048576)} MB`));
    if (read.refusal === 'encoding') throw new UsageError(msg('cli.misdecoded', file));
    return { file, text: read.text, encoding: read.encoding };
  }
}

/** True when the file's first bytes are a zip's or an OLE compound file's (a Word file renamed .txt). */
function startsLikeWord(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(8);
    const n = fs.readSync(fd, head, 0, 8, 0);
    return looksLikeWord('', head.subarray(0, n));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Analysis options for a file: the nearest `.workplanrc.json` above it over the defaults. */
export function optionsFor(file: string): AnalysisOptions {
  return toAnalysisOptions(fileSettings(file));
}
