// `npm run bench`: throughput of the full analysis against markdownlint, autocorrect and a raw
// scan; LSP round trips through the bundled server; event-loop blocking at 10 MB; heap; bundle
// sizes. Prints a table and writes bench/results.json. Expects a --production build (the npm
// script does it). Sizes are UTF-8 bytes; 1 MB = 2^20 bytes; throughput in MB/s of UTF-8 input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleOptions, makeInput, sourceTexts } from './common.mjs';
import { startServer } from './lspClient.mjs';

if (typeof globalThis.gc !== 'function') {
  // Re-run with a collectable heap so measurements start from the same state.
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MB = 1 << 20;
const quick = process.argv.includes('--quick');
// `--only throughput,lsp,typing,batch`: just those parts (a full run takes minutes); results.json is then not written.
const onlyArg =
  process.argv.find((a) => a.startsWith('--only='))?.slice(7) ??
  (process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined);
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;
const part = (name) => !only || only.has(name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-bench-'));

// Production bundles built here, into the temp dir, with the options of scripts/build.mjs: other
// builds running at the same time (watchers, test builds) rewrite dist/ and out/ unminified.
const esbuild = await import('esbuild');
const production = { ...bundleOptions, sourcemap: false, absWorkingDir: root };
const bundles = {
  'server.js': { entryPoints: ['server/src/main.ts'], define: { WORKPLAN_SPLIT: 'true', WORKPLAN_DOCX_SPLIT: 'true' } },
  'server-on-demand.js': { entryPoints: ['server/src/runtime/onDemandEntry.ts'] },
  'stdio-reader.js': { entryPoints: ['server/src/runtime/stdioReaderWorker.ts'] },
  'cli.js': { entryPoints: ['server/src/cli/cli.ts'], define: { WORKPLAN_SPLIT: 'false', WORKPLAN_DOCX_SPLIT: 'true' } },
  'client.js': { entryPoints: ['client/src/extension.ts'], external: ['vscode'] },
  'analysis.js': { entryPoints: ['bench/analysis-entry.ts'] },
  'docx.js': { entryPoints: ['server/src/runtime/docxEntry.ts'] },
};
const built = {};
for (const [name, options] of Object.entries(bundles)) {
  if (!options.entryPoints.every((e) => fs.existsSync(path.join(root, e)))) continue;
  try {
    await esbuild.build({ ...production, ...options, outfile: path.join(tmp, name) });
    built[name] = path.join(tmp, name);
  } catch (e) {
    console.warn(`bench: could not build ${name}: ${e.message}`);
  }
}
if (!built['analysis.js'] || !built['server.js']) throw new Error('bench: the server or the analysis bundle does not build');
// The server finds its snippet files beside its bundle (completion offers them, as in the editor).
fs.cpSync(path.join(root, 'snippets'), path.join(tmp, 'snippets'), { recursive: true });
const bundle = built['analysis.js'];
const serverJs = built['server.js'];
const bench = require(bundle);

// ------------------------------------------------------------------ inputs
const texts = sourceTexts(root);
const SIZES = { '45KB': 45 * 1024, '1MB': MB, '5MB': 5 * MB, '10MB': 10 * MB };
const inputs = {};
for (const [name, bytes] of Object.entries(SIZES)) {
  const text = makeInput(texts, bytes);
  const file = path.join(tmp, `input-${name}.txt`);
  fs.writeFileSync(file, text);
  inputs[name] = { text, file, bytes: Buffer.byteLength(text), chars: text.length };
}

// ------------------------------------------------------------------ Word: export of the 1 MB plan, import of that .docx
// Targets: import of a document with 1 MB of text ≤ 1 s, export of a 1 MB plan ≤ 2 s (medians, wall clock).
async function docxTimings() {
  const { exportDocx, importDocx } = require(built['docx.js']);
  // CPU time too: on a shared machine the wall clock counts other processes' turns.
  const cpuMs = (fn) => {
    const c0 = process.cpuUsage();
    const r = fn();
    const c = process.cpuUsage(c0);
    return { r, ms: (c.user + c.system) / 1000 };
  };
  const text = inputs['1MB'].text;
  const exportMs = [];
  const exportCpuMs = [];
  let bytes;
  for (let i = 0; i < (quick ? 2 : 4); i++) {
    globalThis.gc();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    bytes = await exportDocx(text);
    const c = process.cpuUsage(c0);
    exportMs.push(performance.now() - t0);
    exportCpuMs.push((c.user + c.system) / 1000);
  }
  const importMs = [];
  let imported;
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    globalThis.gc();
    const t0 = performance.now();
    imported = importDocx(bytes);
    importMs.push(performance.now() - t0);
  }
  const same = imported.text.replace(/\s+/g, '') === text.replace(/\s+/g, '');
  // A document as Word writes one: revision ids on every paragraph and run, run properties
  // repeated on runs of about twelve characters (15 MB of document.xml for 1 MB of text).
  const { zipSync, strToU8 } = require('fflate');
  const rPr =
    '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/><w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>';
  const esc = (x) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text
    .split('\n')
    .map(
      (l) =>
        `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/>${rPr}</w:pPr>${(l.match(/[^]{1,12}/g) ?? []).map((x) => `<w:r w:rsidRPr="00E1F2A3">${rPr}<w:t xml:space="preserve">${esc(x)}</w:t></w:r>`).join('')}</w:p>`,
    )
    .join('');
  const wordLike = zipSync({
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
  const wordLikeMs = [];
  const wordLikeCpuMs = [];
  const importCpuMs = [];
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    globalThis.gc();
    const t0 = performance.now();
    wordLikeCpuMs.push(cpuMs(() => importDocx(wordLike)).ms);
    wordLikeMs.push(performance.now() - t0);
    importCpuMs.push(cpuMs(() => importDocx(bytes)).ms);
  }
  // Warm-up runs are the first of each list; the medians include them (a first use is what a person waits for).
  return {
    exportMs: +median(exportMs).toFixed(1),
    importMs: +median(importMs).toFixed(1),
    firstExportMs: +exportMs[0].toFixed(1),
    firstImportMs: +importMs[0].toFixed(1),
    importWordLikeMs: +median(wordLikeMs).toFixed(1),
    importCpuMs: +median(importCpuMs).toFixed(1),
    exportCpuMs: +median(exportCpuMs).toFixed(1),
    importWordLikeCpuMs: +median(wordLikeCpuMs).toFixed(1),
    wordLikeDocxKB: +(wordLike.length / 1024).toFixed(1),
    docxKB: +(bytes.length / 1024).toFixed(1),
    textKB: +(inputs['1MB'].bytes / 1024).toFixed(1),
    roundTripSameText: same,
  };
}

// ------------------------------------------------------------------ timing helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Median ms of warm runs: 2 warm-ups, then at least `minRuns` and about `budgetMs` of runs. */
function time(fn, text, { minRuns = 5, maxRuns = 50, budgetMs = 1500, warm = 2 } = {}) {
  for (let i = 0; i < warm; i++) fn(text);
  globalThis.gc();
  const runs = [];
  const t0 = performance.now();
  while (runs.length < minRuns || (runs.length < maxRuns && performance.now() - t0 < budgetMs)) {
    const s = performance.now();
    fn(text);
    runs.push(performance.now() - s);
  }
  return { ms: median(runs), runs: runs.length };
}

// ------------------------------------------------------------------ typing in a large plan
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TYPED = '推进重点工作落实见效加快建设现代化产业体系';

/**
 * A person typing in a large plan, through the standalone server over stdio: open, then a
 * keystroke every `intervalMs` (an incremental didChange at the end of a line in the middle)
 * with a completion request after each, sent on the clock whatever the server is doing (as an
 * editor does; nothing is cancelled); documentSymbol and semanticTokens after the last. The
 * server's RSS is read from /proc (the analysis worker and stdin reader are threads of it).
 * `editor`: also what VS Code sends while someone types, not awaited: code actions and highlights
 * at every cursor move, and every fourth keystroke (its debounced views) semantic tokens, folding,
 * outline, inlay hints and the status bar's stats.
 */
async function typingScenario(size, { keystrokes = 40, intervalMs = 60, editor = false } = {}) {
  const server = await startServer(serverJs);
  const uri = `file:///bench/typing-${size}.workplan`;
  const { text } = inputs[size];
  const published = [];
  server.onDiagnostics((p) => p.uri === uri && published.push(p.version));
  const opened = server.diagnosticsWhere((p) => p.uri === uri && p.version === 1);
  const t0 = performance.now();
  server.open(uri, text, 1);
  await opened;
  const firstDiagnosticsMs = performance.now() - t0;
  await sleep(300);
  const rssOpen = server.rss().rssMB;
  const lines = text.split('\n');
  const line = lines.length >> 1;
  let character = lines[line].length;
  let rssMax = rssOpen;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, server.rss().rssMB)), 20);
  const completionMs = [];
  const completions = [];
  const editorRequests = [];
  const lastVersion = keystrokes + 1;
  const settled = server.diagnosticsWhere((p) => p.uri === uri && p.version === lastVersion);
  const start = performance.now();
  let lastKeystroke = 0;
  for (let i = 0; i < keystrokes; i++) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    const at = { line, character };
    const ch = TYPED[i % TYPED.length];
    server.change(uri, i + 2, [{ range: { start: at, end: at }, text: ch }]);
    lastKeystroke = performance.now();
    character += ch.length;
    const s = performance.now();
    completions.push(
      server.conn
        .sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })
        .then((r) => completionMs.push(performance.now() - s) && (Array.isArray(r) ? r : (r?.items ?? [])).length),
    );
    if (!editor) continue;
    const doc = { textDocument: { uri } };
    const cursor = { start: { line, character }, end: { line, character } };
    const views = [
      ['textDocument/codeAction', { ...doc, range: cursor, context: { diagnostics: [] } }],
      ['textDocument/documentHighlight', { ...doc, position: { line, character } }],
    ];
    if (i % 4 === 3)
      views.push(
        ['textDocument/semanticTokens/full', doc],
        ['textDocument/foldingRange', doc],
        ['textDocument/documentSymbol', doc],
        ['textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: line + 40, character: 0 } } }],
        ['workplan/stats', { uri }],
      );
    for (const [method, params] of views) editorRequests.push(server.conn.sendRequest(method, params).catch(() => undefined));
  }
  await Promise.all(editorRequests);
  const timed = (method, params) => {
    const s = performance.now();
    return server.conn.sendRequest(method, params).then(() => +(performance.now() - s).toFixed(1));
  };
  const [symbolsMs, tokensMs] = await Promise.all([
    timed('textDocument/documentSymbol', { textDocument: { uri } }),
    timed('textDocument/semanticTokens/full', { textDocument: { uri } }),
  ]);
  await settled;
  const lastKeystrokeToDiagnosticsMs = performance.now() - lastKeystroke;
  const items = await Promise.all(completions);
  clearInterval(sampler);
  const rssSettled = server.rss().rssMB;
  // Idle, as after typing stops: the heap's own reducer runs after a few seconds without work.
  await sleep(quick ? 2000 : 8000);
  const rssIdle = server.rss().rssMB;
  const status = await server.conn.sendRequest('workplan/serverStatus', {});
  await server.stop();
  const r1 = (x) => +x.toFixed(1);
  return {
    bytes: inputs[size].bytes,
    chars: inputs[size].chars,
    keystrokes,
    intervalMs,
    editor,
    firstDiagnosticsMs: r1(firstDiagnosticsMs),
    completionMs: { p50: r1(percentile(completionMs, 50)), p95: r1(percentile(completionMs, 95)), max: r1(Math.max(...completionMs)) },
    completionItemsLast: items.at(-1),
    lastKeystrokeToDiagnosticsMs: r1(lastKeystrokeToDiagnosticsMs),
    symbolsAfterLastMs: symbolsMs,
    semanticTokensAfterLastMs: tokensMs,
    versionsPublished: published.length - 1,
    // Analyses the server made, by cause (didOpen, didChange, the request that waited for one).
    analyses: status.analyses,
    rssMB: { open: r1(rssOpen), maxWhileTyping: r1(rssMax), settled: r1(rssSettled), idle: r1(rssIdle), serverStatus: status.rssMB },
  };
}

function typingLine(size, t) {
  return `typing ${size.replace(' editor', '')}${t.editor ? " with the editor's requests" : ''} (${t.keystrokes} keystrokes every ${t.intervalMs} ms): first diagnostics ${t.firstDiagnosticsMs} ms; completion p50 ${t.completionMs.p50} / p95 ${t.completionMs.p95} / max ${t.completionMs.max} ms; last keystroke → its diagnostics ${t.lastKeystrokeToDiagnosticsMs} ms (${t.versionsPublished} versions published); symbols ${t.symbolsAfterLastMs} ms, tokens ${t.semanticTokensAfterLastMs} ms after the last; RSS MB open ${t.rssMB.open}, max ${t.rssMB.maxWhileTyping}, settled ${t.rssMB.settled}, idle ${t.rssMB.idle}; analyses ${JSON.stringify(t.analyses ?? {})}`;
}

async function typingAll() {
  const out = {};
  for (const size of ['1MB', '5MB']) out[size] = await typingScenario(size);
  for (const size of ['1MB', '5MB']) out[`${size} editor`] = await typingScenario(size, { editor: true });
  // Someone who pauses longer than the quiet period between keys: an analysis per pause (each one
  // superseded by the next key), the case that pushed the server's memory past 400 MB.
  out['5MB pauses'] = await typingScenario('5MB', { editor: true, intervalMs: 200 });
  return out;
}

// ------------------------------------------------------------------ per-keystroke analysis cost
/**
 * The analysis one keystroke costs, in process: 40 characters typed at the end of a middle line
 * of the 1 MB and 5 MB inputs, each version analysed in full (what the server did) and from the
 * previous version's analysis (services/incremental.ts). CPU time of this process per keystroke
 * (the machine may be shared: CPU time is what the load does not inflate), and wall time.
 */
function keystrokeCost(size, keystrokes = 40) {
  const base = inputs[size].text;
  const mid = base.indexOf('\n', base.length >> 1);
  const versions = [];
  let typed = '';
  for (let i = 0; i < keystrokes; i++) {
    typed += TYPED[i % TYPED.length];
    versions.push(base.slice(0, mid) + typed + base.slice(mid));
  }
  const measure = (incremental) => {
    let prev = bench.keystrokeAnalysis(base).analysis;
    const cpu = [];
    const wall = [];
    const kinds = {};
    for (const v of versions) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = bench.keystrokeAnalysis(v, incremental ? prev : undefined);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
      prev = r.analysis;
    }
    const r1 = (x) => +x.toFixed(1);
    return { cpuMs: { p50: r1(percentile(cpu, 50)), p95: r1(percentile(cpu, 95)) }, wallMs: { p50: r1(percentile(wall, 50)) }, kinds };
  };
  // Warm-up of both paths, then each measured.
  measure(false);
  measure(true);
  return { chars: base.length, keystrokes, full: measure(false), incremental: measure(true) };
}

function keystrokeLine(size, k) {
  return `keystroke ${size}: full analysis CPU p50 ${k.full.cpuMs.p50} / p95 ${k.full.cpuMs.p95} ms (wall p50 ${k.full.wallMs.p50}); incremental CPU p50 ${k.incremental.cpuMs.p50} / p95 ${k.incremental.cpuMs.p95} ms (wall p50 ${k.incremental.wallMs.p50}) ${JSON.stringify(k.incremental.kinds)}`;
}

if (process.argv.includes('--docx-only')) {
  // `node bench/run.mjs --docx-only`: the Word stage alone (a minute less than the whole run).
  console.log(JSON.stringify(await docxTimings(), null, 2));
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

// ------------------------------------------------------------------ batch throughput (CLI)
/**
 * `workplan check DIR` over the seeds and corpus repeated to 2,000 files: one job held to one core
 * (`taskset -c 0`), one job free to use every core, and one job per core, in interleaved runs
 * (medians). stdout goes to /dev/null: the time is the check's.
 *
 * The scaling is one core → every core: a single job left free is not one core's worth of work,
 * since V8 runs its garbage collector's marking and its optimising compiler on other threads (one
 * job keeps ~1.3 of 2 cores busy here). Without taskset the scaling is from the free single job.
 */
async function batchThroughput({ files = 2000, runs = quick ? 1 : 3 } = {}) {
  const cli = built['cli.js'];
  const dir = path.join(tmp, `batch${files}`);
  fs.mkdirSync(dir, { recursive: true });
  const sources = [path.join(root, 'seeds'), path.join(root, '../shared/corpus')]
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .map((n) => path.join(d, n)),
    );
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const src = sources[i % sources.length];
    const dest = path.join(dir, `${String(i).padStart(4, '0')}-${path.basename(src)}`);
    fs.copyFileSync(src, dest);
    bytes += fs.statSync(dest).size;
  }
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const taskset = cores > 1 && spawnSync('taskset', ['-c', '0', process.execPath, '-e', '0'], { stdio: 'ignore' }).status === 0;
  const setups = [
    ...(taskset ? [{ key: '1core', jobs: 1, pin: true }] : []),
    { key: 'free1', jobs: 1, pin: false },
    ...(cores > 1 ? [{ key: `jobs${cores}`, jobs: cores, pin: false }] : []),
  ];
  const ms = Object.fromEntries(setups.map((s) => [s.key, []]));
  // CPU of the whole process and of the threads that check (WORKPLAN_BATCH_STATS=1 prints both on
  // stderr): the rest is V8's helper threads, mostly its optimising compiler warming each isolate up.
  const cpu = Object.fromEntries(setups.map((s) => [s.key, { process: [], checking: [] }]));
  const env = { ...process.env, WORKPLAN_BATCH_STATS: '1' };
  for (let r = 0; r < runs; r++) {
    for (const s of setups) {
      const args = [cli, 'check', '--jobs', String(s.jobs), '--format', 'jsonl', dir];
      const [cmd, argv] = s.pin ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
      const t0 = performance.now();
      const res = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, env });
      const t = performance.now() - t0;
      if (res.status === 2 || res.status === null) throw new Error(`bench: batch check failed: ${res.stderr}`);
      ms[s.key].push(t);
      const stats = String(res.stderr)
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
      const whole = stats.find((x) => x.processCpuMs !== undefined);
      const workers = stats.find((x) => x.workers)?.workers;
      if (whole) {
        cpu[s.key].process.push(whole.processCpuMs);
        cpu[s.key].checking.push(workers ? workers.reduce((a, w) => a + (w.cpuMs ?? 0), 0) : whole.mainCpuMs);
      }
    }
  }
  const byJobs = {};
  for (const s of setups) {
    const m = median(ms[s.key]);
    byJobs[s.key] = {
      jobs: s.jobs,
      pinnedToOneCore: s.pin,
      ms: +m.toFixed(0),
      filesPerSecond: +(files / (m / 1000)).toFixed(1),
      MBps: +(bytes / MB / (m / 1000)).toFixed(2),
      runs: ms[s.key].length,
      ...(cpu[s.key].process.length
        ? { cpuMs: +median(cpu[s.key].process).toFixed(0), checkingThreadsCpuMs: +median(cpu[s.key].checking).toFixed(0) }
        : {}),
    };
  }
  const all = byJobs[`jobs${cores}`];
  const ratio = (base) => (base && all && cores > 1 ? +(base.ms / all.ms).toFixed(2) : undefined);
  return {
    files,
    MB: +(bytes / MB).toFixed(1),
    cores,
    byJobs,
    // One core → every core (taskset), else one free job → every core.
    scaling: ratio(byJobs['1core'] ?? byJobs.free1),
    scalingFromFreeJob: ratio(byJobs.free1),
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

function batchLine(b) {
  const name = (key, r) =>
    key === '1core' ? '1 job on 1 core' : `${r.jobs} job${r.jobs === 1 ? '' : 's'}${r.jobs === 1 ? ' (free)' : ''}`;
  const cpu = (r) =>
    r.cpuMs ? `, CPU ${(r.cpuMs / 1000).toFixed(1)} s of which checking threads ${(r.checkingThreadsCpuMs / 1000).toFixed(1)} s` : '';
  const per = Object.entries(b.byJobs)
    .map(([key, r]) => `${name(key, r)} ${r.filesPerSecond} files/s (${r.ms} ms${cpu(r)})`)
    .join(', ');
  const scaling = b.scaling
    ? `; scaling ${b.scaling}x from 1 to ${b.cores} cores${b.byJobs['1core'] ? ` (${b.scalingFromFreeJob}x from the free single job)` : ''}`
    : '';
  return `batch check, ${b.files} files (${b.MB} MB): ${per}${scaling} (load ${b.loadAverage.join(' ')})`;
}

// ------------------------------------------------------------------ the contenders
const markdownlint = await import('markdownlint/sync');
const autocorrect = require('autocorrect-node');

const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[、.．]|[（(]\d{1,3}[）)])/;
const ENUMERATION = /[一二三四五六七八九十][是要]/g;
const contenders = {
  workplan: (t) => bench.fullAnalysis(t),
  markdownlint: (t) => markdownlint.lint({ strings: { doc: t } }).doc.length,
  autocorrect: (t) => autocorrect.lintFor(t, 'doc.txt').lines.length,
  rawScan: (t) => {
    let n = 0;
    for (const line of t.split(/\r?\n/)) {
      if (HEADING.test(line)) n++;
      ENUMERATION.lastIndex = 0;
      while (ENUMERATION.exec(line)) n++;
    }
    return n;
  },
};

/**
 * Median ms of each contender, measured in rounds (one run of each per round, in turn), so that a
 * machine that slows down or speeds up during the bench affects all of them alike: the ratios
 * are the trustworthy numbers on a shared machine. Warm-ups first, so the JIT has settled.
 */
function timeInterleaved(fns, text, { minRounds = 7, maxRounds = 200, budgetMs = 6000, warm = 5 } = {}) {
  for (const fn of Object.values(fns)) for (let i = 0; i < warm; i++) fn(text);
  globalThis.gc();
  const runs = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const t0 = performance.now();
  for (let r = 0; r < maxRounds && (r < minRounds || performance.now() - t0 < budgetMs); r++) {
    for (const [k, fn] of Object.entries(fns)) {
      const s = performance.now();
      fn(text);
      runs[k].push(performance.now() - s);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, { ms: median(v), runs: v.length }]));
}

if (only) {
  const partial = {};
  if (part('keystroke')) {
    partial.keystroke = {};
    for (const size of ['1MB', '5MB']) {
      partial.keystroke[size] = keystrokeCost(size);
      console.log(keystrokeLine(size, partial.keystroke[size]));
    }
  }
  if (part('throughput')) {
    // The full analysis against the contenders at 45 KB and 1 MB (interleaved rounds), and the stages at 1 MB.
    partial.throughput = {};
    for (const size of ['45KB', '1MB']) {
      const { text, bytes } = inputs[size];
      const t = timeInterleaved(contenders, text, quick ? { minRounds: 3, budgetMs: 500, warm: 1 } : {});
      partial.throughput[size] = Object.fromEntries(
        Object.entries(t).map(([k, r]) => [k, { ms: +r.ms.toFixed(2), MBps: +(bytes / MB / (r.ms / 1000)).toFixed(2), runs: r.runs }]),
      );
    }
    const w = partial.throughput['1MB'];
    partial.ratios1MB = {
      vsMarkdownlint: +(w.workplan.MBps / w.markdownlint.MBps).toFixed(2),
      vsAutocorrect: +(w.workplan.MBps / w.autocorrect.MBps).toFixed(2),
    };
    const stageRuns = [];
    for (let i = 0; i < (quick ? 3 : 9); i++) stageRuns.push(bench.stageTimings(inputs['1MB'].text));
    partial.stageMs1MB = Object.fromEntries(Object.keys(stageRuns[0]).map((k) => [k, +median(stageRuns.map((r) => r[k])).toFixed(3)]));
    console.log(
      `throughput 1 MB: workplan ${w.workplan.MBps} MB/s (${w.workplan.ms} ms), markdownlint ${w.markdownlint.MBps}, autocorrect ${w.autocorrect.MBps}: ${partial.ratios1MB.vsMarkdownlint}x markdownlint, ${partial.ratios1MB.vsAutocorrect}x autocorrect; 45 KB ${partial.throughput['45KB'].workplan.MBps} MB/s`,
    );
  }
  if (part('lsp')) {
    partial.lsp = { '45KB': await lspLatency('45KB', 30), '1MB': await lspLatency('1MB', quick ? 10 : 30, quick ? 2 : 10) };
    console.log(
      `LSP didChange→publishDiagnostics: 45 KB p50 ${partial.lsp['45KB'].p50} ms p95 ${partial.lsp['45KB'].p95} ms; 1 MB p50 ${partial.lsp['1MB'].p50} ms p95 ${partial.lsp['1MB'].p95} ms`,
    );
  }
  if (part('typing')) {
    partial.typing = await typingAll();
    for (const [size, t] of Object.entries(partial.typing)) console.log(typingLine(size, t));
  }
  if (part('batch')) {
    partial.batch = await batchThroughput();
    console.log(batchLine(partial.batch));
  }
  // Not in a plain run (about two minutes more): the same with 8,000 files, where each isolate's
  // warm-up weighs a quarter as much.
  if (only?.has('batch-large')) {
    partial.batchLarge = await batchThroughput({ files: 8000, runs: 1 });
    console.log(batchLine(partial.batchLarge));
  }
  console.log(
    JSON.stringify({ ...partial, date: new Date().toISOString(), loadAverageAtEnd: os.loadavg().map((x) => +x.toFixed(2)) }, null, 2),
  );
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

const throughput = {};
const timings = {};
for (const size of ['45KB', '1MB']) {
  const { text, bytes } = inputs[size];
  timings[size] = timeInterleaved(contenders, text, quick ? { minRounds: 3, budgetMs: 500, warm: 1 } : {});
  for (const [name, r] of Object.entries(timings[size])) (throughput[size] ??= {})[name] = bytes / MB / (r.ms / 1000);
}
// Linearity: the full analysis and the raw scan at 10 MB (the other tools take seconds there).
{
  const { text, bytes } = inputs['10MB'];
  timings['10MB'] = {};
  for (const name of ['workplan', 'rawScan']) {
    const r = time(contenders[name], text, { minRuns: quick ? 2 : 3, maxRuns: 7, budgetMs: 3000, warm: 1 });
    timings['10MB'][name] = r;
    (throughput['10MB'] ??= {})[name] = bytes / MB / (r.ms / 1000);
  }
}
const parseOnly1MB = time((t) => bench.parseOnly(t), inputs['1MB'].text).ms;
const diagnostics1MB = time((t) => bench.diagnostics(t), inputs['1MB'].text).ms;
// Per-stage timings at 1 MB: median of each stage over several runs.
const stageRuns = [];
for (let i = 0; i < (quick ? 3 : 9); i++) stageRuns.push(bench.stageTimings(inputs['1MB'].text));
const stageMs1MB = Object.fromEntries(Object.keys(stageRuns[0]).map((k) => [k, +median(stageRuns.map((r) => r[k])).toFixed(3)]));

// ------------------------------------------------------------------ heap (in a child)
function heap(file) {
  const script = `
    const b = require(${JSON.stringify(bundle)});
    const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
    b.fullAnalysis(text.slice(0, 20000));
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    const kept = b.retainAnalysis(text);
    const peak = process.memoryUsage().heapUsed;
    gc(); gc();
    const retained = process.memoryUsage().heapUsed;
    console.log(JSON.stringify({ allocatedMB: (peak - before) / ${MB}, retainedMB: (retained - before) / ${MB}, keep: !!kept }));
  `;
  // A semi-space large enough that no scavenge runs during the analysis: "allocated" is then
  // everything allocated, an upper bound of the peak; "retained" is what the analysis keeps.
  const r = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=128', '--max-semi-space-size=256', '-e', script], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}
const heap1MB = heap(inputs['1MB'].file);

// ------------------------------------------------------------------ LSP round trips
/** didChange → publishDiagnostics round trips; the first `warm` edits (the JIT settling, as while typing) are not counted. */
async function lspLatency(size, edits, warm = 10) {
  const server = await startServer(serverJs);
  const uri = `file:///bench/${size}.workplan`;
  const { text } = inputs[size];
  const opened = server.diagnosticsWhere((p) => p.uri === uri && p.version === 1);
  const t0 = performance.now();
  server.open(uri, text, 1);
  await opened;
  const openMs = performance.now() - t0;
  const lines = text.split('\n');
  const line = lines.length >> 1;
  const samples = [];
  let diagnosticsCount = 0;
  for (let i = 0; i < warm + edits; i++) {
    const version = i + 2;
    // Type a character in the middle of the document, then delete it: the size stays the same.
    const change =
      i % 2 === 0
        ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '字' }
        : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    const got = server.diagnosticsWhere((p) => p.uri === uri && p.version === version);
    const s = performance.now();
    server.change(uri, version, [change]);
    const p = await got;
    if (i >= warm) samples.push(performance.now() - s);
    diagnosticsCount = p.diagnostics.length;
  }
  await server.stop();
  return {
    p50: +percentile(samples, 50).toFixed(2),
    p95: +percentile(samples, 95).toFixed(2),
    max: +Math.max(...samples).toFixed(2),
    openMs: +openMs.toFixed(1),
    edits,
    warmUpEdits: warm,
    diagnostics: diagnosticsCount,
  };
}

/**
 * The longest event-loop block while the server analyses a 10 MB document: a small document is
 * open and analysed; then the big one is opened (and later edited) while documentSymbol requests
 * for the small one go out every 5 ms. The slowest answer is about the longest block.
 */
async function eventLoopBlock() {
  const server = await startServer(serverJs);
  const small = 'file:///bench/small.workplan';
  const big = 'file:///bench/10MB.workplan';
  const ready = server.diagnosticsWhere((p) => p.uri === small);
  server.open(small, inputs['45KB'].text);
  await ready;
  await server.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } });
  const probe = async (action, done) => {
    const latencies = [];
    const inflight = [];
    const timer = setInterval(() => {
      const s = performance.now();
      inflight.push(
        server.conn
          .sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } })
          .then(() => latencies.push(performance.now() - s)),
      );
    }, 5);
    // The server's own event-loop monitor, reset now: requests queued in the pipe behind the
    // 10 MB message wait without the event loop being blocked, and the probe cannot tell the two apart.
    await server.conn.sendRequest('workplan/serverStatus', { reset: true });
    const t0 = performance.now();
    action();
    const p = await done;
    const totalMs = performance.now() - t0;
    clearInterval(timer);
    await Promise.all(inflight);
    const status = await server.conn.sendRequest('workplan/serverStatus', { reset: true });
    return {
      maxRequestLatencyMs: +Math.max(...latencies).toFixed(1),
      serverEventLoopMaxMs: status.eventLoop.maxMs,
      requests: latencies.length,
      diagnosticsMs: +totalMs.toFixed(1),
      diagnostics: p.diagnostics.length,
      finished: true,
    };
  };
  const open = await probe(
    () => server.open(big, inputs['10MB'].text, 1),
    server.diagnosticsWhere((p) => p.uri === big && p.version === 1),
  );
  const change = await probe(
    () => server.change(big, 2, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '字' }]),
    server.diagnosticsWhere((p) => p.uri === big && p.version === 2),
  );
  await server.stop();
  return { open, change };
}

const lsp45 = await lspLatency('45KB', 30);
const lsp1M = await lspLatency('1MB', quick ? 10 : 30, quick ? 2 : 10);
const block10MB = await eventLoopBlock();
const typing = await typingAll();
const batch = await batchThroughput();

const docx1MB = await docxTimings();

// ------------------------------------------------------------------ bundle sizes
const bundleKB = {};
for (const name of ['client.js', 'server.js', 'cli.js', 'docx.js'])
  if (built[name]) bundleKB[name] = +(fs.statSync(built[name]).size / 1024).toFixed(1);

// ------------------------------------------------------------------ report
const r2 = (x) => +x.toFixed(2);
const results = {
  throughputMBps: Object.fromEntries(Object.entries(throughput['1MB']).map(([k, v]) => [k, r2(v)])),
  lspLatencyMs: { '45KB': { p50: lsp45.p50, p95: lsp45.p95 }, '1MB': { p50: lsp1M.p50, p95: lsp1M.p95 } },
  heapMB: r2(heap1MB.allocatedMB),
  bundleKB,
  // Extras.
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model,
  cpus: os.cpus().length,
  loadAverageAtEnd: os.loadavg().map((x) => +x.toFixed(2)),
  units: 'MB = 2^20 bytes of UTF-8 input; medians of warm runs',
  inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, { bytes: v.bytes, chars: v.chars }])),
  throughputBySizeMBps: Object.fromEntries(
    Object.entries(throughput).map(([s, t]) => [s, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, r2(v)]))]),
  ),
  medianMs: Object.fromEntries(
    Object.entries(timings).map(([s, t]) => [
      s,
      Object.fromEntries(Object.entries(t).map(([k, v]) => [k, { ms: r2(v.ms), runs: v.runs }])),
    ]),
  ),
  ratios1MB: {
    vsMarkdownlint: r2(throughput['1MB'].workplan / throughput['1MB'].markdownlint),
    vsAutocorrect: r2(throughput['1MB'].workplan / throughput['1MB'].autocorrect),
    vsRawScan: r2(throughput['1MB'].workplan / throughput['1MB'].rawScan),
  },
  linearity10MBvs1MB: r2(throughput['10MB'].workplan / throughput['1MB'].workplan),
  parseOnlyMs1MB: r2(parseOnly1MB),
  analysisPlusDiagnosticsMs1MB: r2(diagnostics1MB),
  stageMs1MB,
  heap1MB: { allocatedMB: r2(heap1MB.allocatedMB), retainedMB: r2(heap1MB.retainedMB) },
  lspDetail: { '45KB': lsp45, '1MB': lsp1M },
  eventLoop10MB: block10MB,
  typing,
  batch,
  docx1MB,
  measured: { semanticTokens: bench.parts.semanticTokens, rules: bench.parts.rules },
};
fs.writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
fs.rmSync(tmp, { recursive: true, force: true });

const pad = (s, n) => String(s).padEnd(n);
const lines = [];
lines.push(`${pad('throughput MB/s', 18)}${pad('45 KB', 12)}${pad('1 MB', 12)}10 MB`);
for (const name of Object.keys(contenders))
  lines.push(
    `${pad(name, 18)}${pad(r2(throughput['45KB'][name]), 12)}${pad(r2(throughput['1MB'][name]), 12)}${throughput['10MB'][name] !== undefined ? r2(throughput['10MB'][name]) : '-'}`,
  );
lines.push('');
lines.push(
  `full analysis 1 MB: ${r2(timings['1MB'].workplan.ms)} ms (parse only ${r2(parseOnly1MB)} ms); ${results.ratios1MB.vsMarkdownlint}x markdownlint, ${results.ratios1MB.vsAutocorrect}x autocorrect; 10 MB/1 MB throughput ratio ${results.linearity10MBvs1MB}`,
);
lines.push(`LSP didChange→publishDiagnostics: 45 KB p50 ${lsp45.p50} ms p95 ${lsp45.p95} ms; 1 MB p50 ${lsp1M.p50} ms p95 ${lsp1M.p95} ms`);
lines.push(
  `10 MB: open→diagnostics ${block10MB.open.diagnosticsMs} ms, longest request wait ${block10MB.open.maxRequestLatencyMs} ms, longest server event-loop block ${block10MB.open.serverEventLoopMaxMs} ms; edit→diagnostics ${block10MB.change.diagnosticsMs} ms, longest wait ${block10MB.change.maxRequestLatencyMs} ms, block ${block10MB.change.serverEventLoopMaxMs} ms`,
);
for (const [size, t] of Object.entries(typing)) lines.push(typingLine(size, t));
lines.push(batchLine(batch));
lines.push(`heap, 1 MB document: allocated ${r2(heap1MB.allocatedMB)} MB, retained ${r2(heap1MB.retainedMB)} MB`);
lines.push(
  `Word, 1 MB plan: export ${docx1MB.exportMs} ms (target 2000; CPU ${docx1MB.exportCpuMs} ms), import ${docx1MB.importMs} ms (target 1000; as Word writes it ${docx1MB.importWordLikeMs} ms; CPU ${docx1MB.importCpuMs} / ${docx1MB.importWordLikeCpuMs} ms), first runs ${docx1MB.firstExportMs} / ${docx1MB.firstImportMs} ms; .docx ${docx1MB.docxKB} KB for ${docx1MB.textKB} KB of text; same text after the round trip: ${docx1MB.roundTripSameText}`,
);
lines.push(
  `bundles (KB): ${Object.entries(bundleKB)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
lines.push(
  `stages at 1 MB (ms): ${Object.entries(stageMs1MB)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(lines.join('\n'));
console.log('\nwrote bench/results.json');
