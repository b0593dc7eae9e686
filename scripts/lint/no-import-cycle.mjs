// ESLint rule workplan/no-import-cycle: a module may not reach itself through relative imports,
// type-only imports included. import-x/no-cycle skips `import type`, but a type-only cycle still
// ties two layers together (features -> server.ts -> features was one), so the layering breaks
// as surely as with a value import. The graph is built once per lint run with TypeScript's
// import scanner (no type checking) and split into strongly connected components.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.mts', '.cts', '.mjs', '.js'];
let graph;

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, 'index' + e))]) {
    try {
      if (fs.statSync(c).isFile()) return c;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** Relative imports of `file` (static, dynamic, require, `import type`, `export … from`). */
function importsOf(file) {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .filter((r) => r.fileName.startsWith('.'))
    .map((r) => resolve(file, r.fileName))
    .filter(Boolean);
}

/** Component id per file: files in one cycle share it. */
function components(entry) {
  const edges = new Map();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop();
    if (edges.has(f)) continue;
    const deps = importsOf(f);
    edges.set(f, deps);
    for (const d of deps) if (!edges.has(d)) todo.push(d);
  }
  // Tarjan, iterative enough for a few hundred files.
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const comp = new Map();
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const members = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        members.push(w);
      } while (w !== v);
      if (members.length > 1) for (const m of members) comp.set(m, members);
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return { edges, comp };
}

export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid relative import cycles, type-only imports included' },
    messages: { cycle: 'Import cycle (type-only imports count): {{cycle}}' },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename;
    if (!path.isAbsolute(file)) return {};
    if (!graph || !graph.edges.has(file)) {
      const fresh = components(file);
      graph = graph ? { edges: new Map([...graph.edges, ...fresh.edges]), comp: new Map([...graph.comp, ...fresh.comp]) } : fresh;
    }
    const members = graph.comp.get(file);
    if (!members) return {};
    return {
      Program(node) {
        const rel = (f) => path.relative(context.cwd, f);
        context.report({ node, messageId: 'cycle', data: { cycle: members.map(rel).sort().join(' ↔ ') } });
      },
    };
  },
};
