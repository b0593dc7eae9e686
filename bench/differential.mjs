// `node bench/differential.mjs [--ref COMMIT] [--mutants N] [--big] [--all]`: proves an optimisation keeps
// every result identical. Builds bench/differential-entry.ts twice — against this tree and against
// COMMIT (default: the merge base with main), exported with `git archive` — and compares the full
// output of one analysis (model, targets, tasks, findings with fixes, symbols, semantic tokens) on
// every seed, corpus document (../shared/corpus, test/corpus .txt, .html and .md), fixture, the bench's
// 45 KB and 1 MB inputs (--big: 5 MB too), and N seeded mutants of each document (spliced
// halves, inserted and deleted paired marks, widths, digits, line breaks). Prints one SHA-256 per
// input group; exits 1 at the first difference, naming the input and the first differing field (--all:
// every changed input, then exits 1).
import { execSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndRequire, makeInput } from './common.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const ref = arg('--ref', execSync('git merge-base HEAD main', { cwd: root, encoding: 'utf8' }).trim());
const mutants = Number(arg('--mutants', 4));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-diff-'));
const refRoot = path.join(tmp, 'ref');
fs.mkdirSync(refRoot);
execSync(`git archive ${ref} server | tar -x -C ${refRoot}`, { cwd: root });
fs.symlinkSync(path.join(root, 'node_modules'), path.join(refRoot, 'node_modules'));
fs.mkdirSync(path.join(refRoot, 'bench'));

const entry = fs.readFileSync(path.join(root, 'bench/differential-entry.ts'), 'utf8');
const build = (dir, name) =>
  buildAndRequire({
    stdin: { contents: entry, resolveDir: path.join(dir, 'bench'), loader: 'ts', sourcefile: 'differential-entry.ts' },
    outfile: path.join(tmp, `${name}.js`),
  });
const current = await build(root, 'current');
const reference = await build(refRoot, 'reference');

// ---- inputs
const groups = new Map();
const add = (group, name, text) => (groups.get(group) ?? groups.set(group, []).get(group)).push({ name, text });
const readDir = (dir, exts) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => exts.some((e) => f.endsWith(e)))
        .sort()
        .map((f) => ({ name: path.join(path.relative(root, dir), f), text: fs.readFileSync(path.join(dir, f), 'utf8') }))
    : [];
const documents = [
  ...readDir(path.join(root, 'seeds'), ['.txt']),
  ...readDir(path.join(root, '../shared/corpus'), ['.txt']),
  ...readDir(path.join(root, 'test/corpus'), ['.txt', '.html', '.md']),
];
for (const d of documents) add('documents', d.name, d.text);
for (const d of readDir(path.join(root, 'test/fixtures'), ['.txt', '.md'])) add('fixtures', d.name, d.text);

// The bench's inputs (common.mjs makeInput: seeds and shared corpus concatenated, cut at a line end).
const benchTexts = documents.filter((d) => !d.name.startsWith('test/')).map((d) => d.text);
add('bench', 'bench 45KB', makeInput(benchTexts, 45 * 1024));
add('bench', 'bench 1MB', makeInput(benchTexts, 1 << 20));
if (process.argv.includes('--big')) add('bench', 'bench 5MB', makeInput(benchTexts, 5 << 20));

// Misread and damaged texts (the encoding checks): UTF-8 read as Latin-1, characters lost to U+FFFD, control bytes.
for (const d of documents.slice(0, 12)) {
  add('misread', `${d.name} as latin1`, Buffer.from(d.text, 'utf8').toString('latin1'));
  add(
    'misread',
    `${d.name} half lost`,
    d.text.replace(/[\u4e00-\u9fff]/g, (c, i) => (i % 3 ? c : '\ufffd')),
  );
  add(
    'misread',
    `${d.name} few lost`,
    d.text.replace(/[\u4e00-\u9fff]/g, (c, i) => (i % 97 ? c : '\ufffd')),
  );
  add(
    'misread',
    `${d.name} control`,
    d.text.replace(/。/g, (c, i) => (i % 5 ? c : '\u0001')),
  );
}

// Seeded mutants: the characters the fact passes trigger on, in places nobody wrote them.
let seed = 0x9e3779b9;
const rand = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const INSERTS = [
  '《',
  '》',
  '“',
  '”',
  '‘',
  '’',
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '〔',
  '〕',
  '"',
  "'",
  '「',
  '」',
  'ＡＢＣ',
  'abc',
  '１２３',
  '12',
  '５Ｇ',
  'Wi-Fi',
  '3.5%',
  '，',
  ',',
  '。',
  '.',
  '；',
  ';',
  '：',
  ':',
  '？',
  '?',
  '\n',
  '\r\n',
  '  ',
  '\u3000',
  '\t',
  '一是',
  '二是',
  '（二）',
  '3、',
  '牵头单位：',
  '（市发展改革委牵头）',
  '各区政府负责',
  '三个',
  '四项',
  '五大',
  '1.',
  '第二，',
  '附件2',
  '〔2024〕5号',
  '2024年6月底前',
  '的的',
  '推进推进',
  '排名第一的为牵头单位',
  '列第一位的责任单位为牵头单位，下同',
  '为牵头',
  '\ufffd',
  '??',
  '\u0000',
];
function mutate(text) {
  const ops = 1 + rand(12);
  let t = text;
  for (let k = 0; k < ops && t.length; k++) {
    const at = rand(t.length + 1);
    switch (rand(5)) {
      case 0:
      case 1:
        t = t.slice(0, at) + INSERTS[rand(INSERTS.length)] + t.slice(at);
        break;
      case 2:
        t = t.slice(0, at) + t.slice(at + 1 + rand(8));
        break;
      case 3: {
        const other = documents[rand(documents.length)].text;
        const from = rand(other.length + 1);
        t = t.slice(0, at) + other.slice(from, from + rand(400)) + t.slice(at);
        break;
      }
      default: {
        const nl = t.indexOf('\n', at);
        if (nl >= 0) t = t.slice(0, nl) + t.slice(nl + 1);
      }
    }
  }
  return t;
}
for (const d of documents) for (let m = 0; m < mutants; m++) add('mutants', `${d.name} mutant ${m}`, mutate(d.text));

// ---- compare
function firstDifference(a, b) {
  const x = JSON.parse(a);
  const y = JSON.parse(b);
  for (const k of Object.keys({ ...x, ...y })) {
    const sx = JSON.stringify(x[k]);
    const sy = JSON.stringify(y[k]);
    if (sx === sy) continue;
    if (Array.isArray(x[k]) && Array.isArray(y[k])) {
      for (let i = 0; i < Math.max(x[k].length, y[k].length); i++)
        if (JSON.stringify(x[k][i]) !== JSON.stringify(y[k][i]))
          return `${k}[${i}] (lengths ${x[k].length} / ${y[k].length}):\n  current:   ${JSON.stringify(x[k][i])}\n  reference: ${JSON.stringify(y[k][i])}`;
    }
    return `${k}:\n  current:   ${sx.slice(0, 400)}\n  reference: ${sy.slice(0, 400)}`;
  }
  return '(no field differs?)';
}
let inputs = 0;
// `--all`: every changed input is listed (its first difference, the input written to a file) and the run goes on.
const all = process.argv.includes('--all');
let changed = 0;
for (const [group, items] of groups) {
  const hash = crypto.createHash('sha256');
  for (const { name, text } of items) {
    const a = current.dump(text);
    const b = reference.dump(text);
    inputs++;
    if (a !== b) {
      const file = path.join(tmp, all ? `input-${++changed}.txt` : 'input.txt');
      console.error(`DIFFERENT: ${name}\n${firstDifference(a, b)}`);
      fs.writeFileSync(file, text);
      console.error(`input written to ${file}`);
      if (all) continue;
      process.exit(1);
    }
    hash.update(name).update('\0').update(a).update('\0');
  }
  console.log(`${group}: ${items.length} inputs identical, sha256 ${hash.digest('hex').slice(0, 16)}`);
}
if (changed) {
  console.log(`${changed} of ${inputs} inputs differ from ${ref.slice(0, 10)}`);
  process.exit(1);
}
console.log(`all ${inputs} inputs identical to ${ref.slice(0, 10)}`);
fs.rmSync(tmp, { recursive: true, force: true });
