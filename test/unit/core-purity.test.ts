/** The core stays pure: no VS Code, no LSP runtime, no file system (style.md principle 1). */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.join(__dirname, '../../../server/src/core');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('core purity', () => {
  const all = files(CORE);
  it('finds the core files', () => assert.ok(all.length > 10));
  for (const f of all) {
    it(path.relative(CORE, f), () => {
      const src = fs.readFileSync(f, 'utf8');
      const imports = [
        ...src.matchAll(
          /(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g,
        ),
      ].map((m) => ({
        spec: m[1] ?? m[2] ?? m[3],
        typeOnly: /^(?:import|export)\s+type\s/.test(m[0]),
      }));
      for (const { spec, typeOnly } of imports) {
        assert.ok(spec !== 'vscode', `${f} imports vscode`);
        assert.ok(!/^(node:)?(fs|fs\/promises|child_process|net|http|https)$/.test(spec), `${f} imports ${spec}`);
        assert.ok(typeOnly || !/^vscode-languageserver(\/|$)|^vscode-languageclient/.test(spec), `${f} imports the LSP runtime (${spec})`);
      }
    });
  }
});
