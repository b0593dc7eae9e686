// Bundles the client, the server, the CLI and the tests with esbuild.
// Type checking is separate (`npm run typecheck`), as in the esbuild-sample.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  // Chinese text (messages, snippets, regexes) as UTF-8, not \uXXXX escapes: a third smaller.
  charset: 'utf8',
  // server/src/runtime/onDemand.ts: only the server bundle loads its on-demand parts from a bundle of their own.
  define: { WORKPLAN_SPLIT: 'false', WORKPLAN_DOCX_SPLIT: 'false' },
};
// server/src/runtime/docxOnDemand.ts: the server and the CLI load Word import/export from dist/docx.js.
const docxSplit = { WORKPLAN_DOCX_SPLIT: 'true' };

/** Test entry points: every *.ts under test/ except the extension-host suite's own bundle. */
function testEntries(dir) {
  const out = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'fixtures' && e.name !== 'golden') out.push(...testEntries(p));
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/src/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { WORKPLAN_SPLIT: 'true', ...docxSplit },
  },
  // What the server needs only on request (next year's draft, comparison, formatting), loaded on first use.
  { ...common, entryPoints: ['server/src/runtime/onDemandEntry.ts'], outfile: 'dist/server-on-demand.js' },
  // The server's stdin reader (a worker thread of its own, small so that it starts quickly).
  { ...common, entryPoints: ['server/src/runtime/stdioReaderWorker.ts'], outfile: 'dist/stdio-reader.js' },
  {
    ...common,
    entryPoints: ['server/src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { ...common.define, ...docxSplit },
  },
  // Word import and export (the docx library, fflate, saxes), loaded on the first .docx.
  { ...common, entryPoints: ['server/src/runtime/docxEntry.ts'], outfile: 'dist/docx.js' },
  // The core and features as `npm run bench` times them (minified with --production, like the server).
  { ...common, entryPoints: ['bench/analysis-entry.ts'], outfile: 'out/bench/analysis.js' },
  {
    ...common,
    minify: false,
    sourcemap: true,
    entryPoints: testEntries('test'),
    outdir: 'out/test',
    outbase: 'test',
    // Test helpers stay external so mocha, fast-check and the VS Code API resolve at run time.
    external: [
      'vscode',
      'mocha',
      'fast-check',
      '@vscode/test-electron',
      'markdownlint',
      'autocorrect-node',
      'vscode-textmate',
      'vscode-oniguruma',
    ],
  },
];

// Skip a bundle whose entry does not exist yet (a part still being written), loudly.
const present = builds.filter((b) => {
  const ok = b.entryPoints.every((e) => fs.existsSync(path.join(root, e)));
  if (!ok) console.warn(`build: skipping ${b.outfile ?? b.outdir}: entry missing`);
  return ok && b.entryPoints.length > 0;
});

if (watch) {
  for (const b of present) (await esbuild.context(b)).watch();
} else {
  // A test whose source was deleted or renamed must not keep running from an old build.
  fs.rmSync(path.join(root, 'out/test'), { recursive: true, force: true });
  await Promise.all(present.map((b) => esbuild.build(b)));
  for (const f of ['dist/cli.js', 'dist/server.js']) if (fs.existsSync(path.join(root, f))) fs.chmodSync(path.join(root, f), 0o755);
}
