/**
 * Golden outlines (docs/golden-outlines.md): reading them, comparing a model's headings with them,
 * and scoring the parser over all of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentModel } from '../../server/src/core/model/model';
import { decodeBuffer } from '../../server/src/core/text/encoding';

const ROOT = path.join(__dirname, '../../..');
export const SHARED_CORPUS = path.join(ROOT, '../shared/corpus');
export const PROJECT_CORPUS = path.join(ROOT, 'test/corpus');

export interface GoldenRow {
  line: number;
  column: number;
  depth: number;
  marker: string;
  title: string;
}

export interface GoldenDocument {
  /** Shown in test names: `seeds/000_….txt`, `shared/016.txt`, `corpus/101-….html`. */
  name: string;
  file: string;
  golden: string;
}

/** Every real document with the golden it must have (the file may not exist yet). */
export function goldenDocuments(): GoldenDocument[] {
  const out: GoldenDocument[] = [];
  for (const f of fs
    .readdirSync(path.join(ROOT, 'seeds'))
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    out.push({
      name: `seeds/${f}`,
      file: path.join(ROOT, 'seeds', f),
      golden: path.join(ROOT, 'test/golden', f.replace(/\.txt$/, '.outline.tsv')),
    });
  }
  if (fs.existsSync(SHARED_CORPUS)) {
    for (const f of fs
      .readdirSync(SHARED_CORPUS)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      out.push({
        name: `shared/${f}`,
        file: path.join(SHARED_CORPUS, f),
        golden: path.join(ROOT, 'test/golden/shared', f.replace(/\.txt$/, '.outline.tsv')),
      });
    }
  }
  if (fs.existsSync(PROJECT_CORPUS)) {
    for (const f of fs.readdirSync(PROJECT_CORPUS).filter(isCorpusDocument).sort()) {
      out.push({
        name: `corpus/${f}`,
        file: path.join(PROJECT_CORPUS, f),
        golden: path.join(ROOT, 'test/golden/corpus', f.replace(/\.[^.]+$/, '.outline.tsv')),
      });
    }
  }
  return out;
}

/** A corpus document, not its `.source.json` or another side file. */
function isCorpusDocument(name: string): boolean {
  return /\.(txt|html?|md)$/.test(name) && !name.startsWith('.');
}

/** The heading rows of a golden file (enumeration rows of the seed goldens left out). */
export function readGolden(file: string): GoldenRow[] {
  const rows: GoldenRow[] = [];
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [pos, kind, depth, marker, title = ''] = line.split('\t');
    if (kind !== 'H') continue;
    const [l, c] = pos.split(':').map(Number);
    rows.push({ line: l, column: c, depth: Number(depth), marker, title });
  }
  return rows;
}

/** The model's headings as golden rows (1-based line and column). */
export function modelRows(model: DocumentModel): GoldenRow[] {
  return model.headings.map((h) => ({
    line: h.line + 1,
    column: h.start - model.lines[h.line].start + 1,
    depth: h.depth,
    marker: h.marker,
    title: h.title,
  }));
}

/** The first 20 characters of a title without blanks and the shortening mark. */
export function titleKey(title: string): string {
  return Array.from(title.replace(/…$/, '').replace(/[\s\u3000]/g, ''))
    .slice(0, 20)
    .join('');
}

export function rowText(r: GoldenRow): string {
  return `${r.line}:${r.column}\t${r.depth}\t${r.marker}\t${titleKey(r.title)}`;
}

/** Differences between golden and parsed rows (empty when they agree), as readable lines. */
export function compareRows(golden: readonly GoldenRow[], got: readonly GoldenRow[]): string[] {
  const a = golden.map(rowText);
  const b = got.map(rowText);
  const diff: string[] = [];
  const inB = new Set(b);
  const inA = new Set(a);
  for (const r of a) if (!inB.has(r)) diff.push(`- ${r}`);
  for (const r of b) if (!inA.has(r)) diff.push(`+ ${r}`);
  return diff;
}

export interface Score {
  golden: number;
  parsed: number;
  matched: number;
  depthRight: number;
}

/** Matches headings by line and marker (each golden row at most once). */
export function score(golden: readonly GoldenRow[], got: readonly GoldenRow[]): Score {
  const pool = new Map<string, GoldenRow[]>();
  for (const r of golden) {
    const k = `${r.line}\t${r.marker}`;
    const list = pool.get(k);
    if (list) list.push(r);
    else pool.set(k, [r]);
  }
  let matched = 0;
  let depthRight = 0;
  for (const r of got) {
    const list = pool.get(`${r.line}\t${r.marker}`);
    if (!list || list.length === 0) continue;
    // The golden row nearest in column: a line may hold the same marker twice.
    let best = 0;
    for (let k = 1; k < list.length; k++) if (Math.abs(list[k].column - r.column) < Math.abs(list[best].column - r.column)) best = k;
    const [g] = list.splice(best, 1);
    matched++;
    if (g.depth === r.depth) depthRight++;
  }
  return { golden: golden.length, parsed: got.length, matched, depthRight };
}

/** The text of a document as the CLI reads it (UTF-8, UTF-16 with BOM or GBK). */
export function readDocument(file: string): string {
  return decodeBuffer(fs.readFileSync(file)).text;
}
