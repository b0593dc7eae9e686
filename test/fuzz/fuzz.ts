/**
 * `npm run fuzz [-- --cases N --seed S --window W]`: the property tests' invariants (see
 * test/unit/reliability.ts) on a million random and mutated documents. Runs in chunks with fresh
 * seeds; a failing chunk is shrunk, recorded by kind (the message without its numbers) and the
 * run goes on. Prints the count, the time and every kind of failure with its smallest example;
 * exits 1 when anything failed.
 */
import fc from 'fast-check';
import { anyDocument, checkDocument, formatter, knownIssue } from '../unit/reliability';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const total = arg('--cases', 1_000_000);
const chunk = arg('--chunk', 20_000);
const window = arg('--window', 3000);
let seed = arg('--seed', Date.now() % 2 ** 31);

interface Failure {
  kind: string;
  message: string;
  example: string;
  seed: number;
  count: number;
}
const failures = new Map<string, Failure>();
const started = Date.now();
let done = 0;
let fixOffset = 0;

console.log(`fuzz: ${total} cases, chunks of ${chunk}, first seed ${seed}, formatter ${formatter ? formatter.name : 'none'}`);
// Each case checks a few fixes (rotating through the findings) to keep a case around a millisecond.
const property = fc.property(anyDocument(window), (text) => checkDocument(text, { maxFixes: 3, fixOffset: fixOffset++ }));
while (done < total) {
  const numRuns = Math.min(chunk, total - done);
  const r = fc.check(property, { numRuns, seed, maxSkipsPerRun: 0 });
  done += r.numRuns;
  if (r.failed) {
    const message = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
    const known = knownIssue(message, String(r.counterexample?.[0] ?? ''));
    const kind =
      (known ? `KNOWN ${known}: ` : '') +
      message
        .replace(/\d+/g, 'N')
        .replace(/"[^"]*"|\[[^\]]*\]|\{[^}]*\}/g, '…')
        .slice(0, 120);
    const example = JSON.stringify(r.counterexample?.[0] ?? '');
    const old = failures.get(kind);
    if (!old || example.length < old.example.length) failures.set(kind, { kind, message, example, seed, count: (old?.count ?? 0) + 1 });
    else old.count++;
  }
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  const secs = (Date.now() - started) / 1000;
  process.stdout.write(`\r${done} cases, ${failures.size} kinds of failure, ${secs.toFixed(0)} s (${Math.round(done / secs)}/s)   `);
}
console.log(
  `\nfuzz: ${done} cases in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failures.size === 0 ? 'no failures' : `${failures.size} kinds of failure`}`,
);
for (const f of failures.values()) {
  console.log(`\nFAILURE (${f.count} chunk(s)), seed ${f.seed}: ${f.message.slice(0, 600)}`);
  console.log(`  smallest example: ${f.example.length > 2000 ? f.example.slice(0, 2000) + '…' : f.example}`);
}
const unknown = [...failures.values()].filter((f) => !f.kind.startsWith('KNOWN ')).length;
console.log(`\nfuzz: ${failures.size - unknown} known (reported) kinds, ${unknown} new kinds`);
process.exit(failures.size ? 1 : 0);
