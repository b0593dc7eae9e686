/** The real documents the consistency rules are checked on: seeds, ../shared/corpus and test/corpus. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { realDocuments } from './realDocuments';

const ROOT = path.join(__dirname, '../../..');

function walk(dir: string, prefix: string): Array<{ name: string; text: string }> {
  if (!fs.existsSync(dir)) return [];
  const out: Array<{ name: string; text: string }> = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, `${prefix}/${e.name}`));
    else if (/\.(txt|md)$/.test(e.name)) out.push({ name: `${prefix}/${e.name}`, text: fs.readFileSync(p, 'utf8') });
  }
  return out;
}

/** Every real document, each once (test/corpus may hold copies of documents found elsewhere too). */
export function consistencyDocuments(): Array<{ name: string; text: string }> {
  const docs = [...realDocuments(), ...walk(path.join(ROOT, 'test/corpus'), 'test/corpus')];
  const seen = new Set<string>();
  return docs.filter((d) => !seen.has(d.text) && (seen.add(d.text), true));
}
