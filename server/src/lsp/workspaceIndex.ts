/**
 * Background index of the work-plan files in the workspace: workspace symbols and the texts
 * that cross-file checks compare against. Files are read one per macrotask so requests keep flowing.
 */
import { SymbolKind, type CancellationToken, type WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { looksLikeWorkPlan as looksLikePlan } from '../core/facts/planHead';
import { parseDocument } from '../core/model/parse';
import type { DocumentModel } from '../core/model/model';
import { readPlanFile } from '../io/files';
import { toRange } from './convert';

const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_FILES = 5000;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

interface Entry {
  uri: string;
  text: string;
  /** Distinct for every text this index has held (the cross-file cache is keyed by it). */
  version: number;
  model: DocumentModel | undefined;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, Entry>();
  private versions = 0;
  private changes = 0;

  /** Goes up whenever an indexed text is added, changed or removed. */
  get revision(): number {
    return this.changes;
  }

  /** Walks the folders and indexes every work-plan file found. */
  async crawl(folders: readonly string[]): Promise<void> {
    const queue = [...folders];
    let count = 0;
    while (queue.length && count < MAX_FILES) {
      const dir = queue.shift() as string;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(p);
        } else if (/\.(txt|md|workplan)$/i.test(e.name)) {
          count++;
          await new Promise((r) => setImmediate(r));
          this.refreshFile(pathToFileURL(p).toString());
        }
      }
    }
  }

  /** Re-reads one file (after a change on disk or when its editor closed); true when the index changed. */
  refreshFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    let text: string | undefined;
    try {
      const p = fileURLToPath(uri);
      const stat = fs.statSync(p);
      if (stat.isFile() && stat.size <= MAX_FILE_BYTES) {
        const file = readPlanFile(p);
        // Files the editor would not analyse (binary, too large, misdecoded) are no plan to compare with.
        if (!file.refusal && (uri.endsWith('.workplan') || looksLikePlan(file.text))) text = file.text;
      }
    } catch {
      // unreadable: not indexed
    }
    const old = this.files.get(uri);
    if (text === undefined) {
      if (!old) return false;
      this.files.delete(uri);
    } else {
      if (old?.text === text) return false;
      this.files.set(uri, { uri, text, version: ++this.versions, model: undefined });
    }
    this.changes++;
    return true;
  }

  /** Texts of the indexed files other than `uri`, with their titles. */
  othersThan(uri: string): Map<string, { title: string; text: string; version: number }> {
    const out = new Map<string, { title: string; text: string; version: number }>();
    for (const e of this.files.values()) {
      if (e.uri === uri) continue;
      const model = (e.model ??= parseDocument(e.text));
      out.set(e.uri, { title: model.title?.text ?? path.basename(e.uri), text: e.text, version: e.version });
    }
    return out;
  }

  /** Workspace symbols matching `query` (characters in order, case-insensitive). */
  symbols(query: string, open: ReadonlyMap<string, TextDocument>, token: CancellationToken): WorkspaceSymbol[] {
    const out: WorkspaceSymbol[] = [];
    const q = query.toLowerCase();
    const seen = new Set<string>();
    const add = (uri: string, text: string, cached?: Entry) => {
      if (seen.has(uri)) return;
      seen.add(uri);
      const model = cached ? (cached.model ??= parseDocument(text)) : parseDocument(text);
      const container = model.title?.text ?? decodeURIComponent(path.basename(uri));
      for (const h of model.headings) {
        const name = h.marker + h.title;
        if (q && !fuzzy(name.toLowerCase(), q)) continue;
        out.push({
          name,
          kind: h.depth === 1 ? SymbolKind.Namespace : SymbolKind.Module,
          containerName: container,
          location: { uri, range: toRange(model.lines, h.start, h.titleEnd) },
        });
        if (out.length >= 1000) return;
      }
    };
    for (const [uri, doc] of open) {
      if (token.isCancellationRequested) return out;
      if (doc.languageId === 'workplan') add(uri, doc.getText());
    }
    for (const e of this.files.values()) {
      if (token.isCancellationRequested || out.length >= 1000) break;
      add(e.uri, e.text, e);
    }
    return out;
  }
}

function fuzzy(name: string, q: string): boolean {
  let i = 0;
  for (const ch of name) if (ch === q[i]) i++;
  return i === q.length;
}
