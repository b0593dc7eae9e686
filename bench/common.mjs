// Shared by the bench scripts: the bundle build, the bench's input, the median.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);

/** The esbuild options of the bench bundles (those of scripts/build.mjs for a production build, the split flags off). */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  charset: 'utf8',
  logLevel: 'warning',
  define: { WORKPLAN_SPLIT: 'false', WORKPLAN_DOCX_SPLIT: 'false' },
};

/** Builds `options` (entryPoints or stdin, outfile, overrides of bundleOptions) with esbuild and returns the bundle required. */
export async function buildAndRequire(options) {
  await esbuild.build({ ...bundleOptions, ...options });
  return require(options.outfile);
}

/** The .txt files of `root`/seeds and `root`/../shared/corpus, each folder in name order (a missing folder is skipped). */
export function sourceTexts(root) {
  const texts = [];
  for (const dir of [path.join(root, 'seeds'), path.join(root, '../shared/corpus')]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return texts;
}

/** The bench's input: `texts` concatenated (each with a line break, repeated as needed), cut at the last line end within `bytes` UTF-8 bytes. */
export function makeInput(texts, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes + 65536; i++) {
    const t = texts[i % texts.length] + '\n';
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  const buf = Buffer.from(parts.join(''));
  return buf.subarray(0, buf.lastIndexOf(0x0a, bytes - 1) + 1).toString('utf8');
}

/** `texts` concatenated (each with a line break, repeated as needed) until the result has at least `bytes` UTF-8 bytes, uncut (profile.mjs, targets-ab.mjs). */
export function repeatTexts(texts, bytes) {
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += texts[i % texts.length] + '\n';
  return text;
}

/** The element in the middle of `xs` sorted ascending (of an even count, the upper of the two). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
