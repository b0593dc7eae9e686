/**
 * The settings schema of package.json against the code it configures: `workplan.rules` names
 * exactly the rules of the index, each with the severities the settings accept; every rule has
 * its description in the message catalogue (both languages) and a row in the README's table;
 * every server-side `workplan.*` key is read by mergeSettings.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import { allMessages, formatMessage, hasMessage } from '../../server/src/core/messages';
import { DEFAULT_SETTINGS, mergeSettings, SEVERITY_SETTINGS } from '../../server/src/shared/settings';

const ROOT = path.join(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties: Record<
  string,
  {
    type: string;
    enum?: string[];
    default?: unknown;
    properties?: Record<string, { type: string; enum: string[] }>;
    additionalProperties?: { type: string; enum: string[] };
  }
> = manifest.contributes.configuration.properties;

describe('settings schema', () => {
  const ids = RULES.map((r) => r.id);

  it('rule ids are unique and kebab-case', () => {
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  it('workplan.rules lists every rule id of the index, in its order, and nothing else', () => {
    const schema = properties['workplan.rules'];
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.default, {});
    assert.deepEqual(Object.keys(schema.properties ?? {}), ids);
  });

  it('each rule (and any other key) takes exactly the severities the settings accept', () => {
    const schema = properties['workplan.rules'];
    for (const [id, p] of Object.entries(schema.properties ?? {})) {
      assert.equal(p.type, 'string', id);
      assert.deepEqual(p.enum, SEVERITY_SETTINGS, id);
    }
    assert.deepEqual(schema.additionalProperties, { type: 'string', enum: SEVERITY_SETTINGS });
    for (const severity of SEVERITY_SETTINGS) {
      assert.equal(mergeSettings(DEFAULT_SETTINGS, { rules: { [ids[0]]: severity } }).rules[ids[0]], severity);
    }
    assert.equal(
      mergeSettings(DEFAULT_SETTINGS, { rules: { [ids[0]]: 'loud' } }).rules[ids[0]],
      undefined,
      'an unknown severity is dropped',
    );
  });

  it('every rule describes itself with its own catalogue entry, in Chinese and English', () => {
    const entries = new Map(allMessages());
    for (const r of RULES) {
      assert.equal(r.description, `rule.${r.id}`);
      assert.ok(hasMessage(r.description), `${r.id}: no message ${r.description}`);
      const e = entries.get(r.description);
      assert.ok(e && e.zh.trim() && e.en.trim(), `${r.id}: both languages`);
      assert.notEqual(formatMessage('zh-cn', r.description), formatMessage('en', r.description), `${r.id}: translated`);
    }
  });

  it("the README's rules table has one row per rule id", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Rules'), readme.indexOf('\n## ', readme.indexOf('## Rules') + 1));
    const rows = [...table.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    assert.deepEqual([...rows].sort(), [...ids].sort());
  });

  it('every server-side workplan.* setting is read by mergeSettings', () => {
    // Read by the client only: language detection and the LSP trace.
    const clientOnly = new Set(['workplan.detect.enabled', 'workplan.trace.server']);
    const serverKeys = Object.keys(properties).filter((k) => !clientOnly.has(k) && k !== 'workplan.rules');
    assert.ok(serverKeys.length >= 4, serverKeys.join());
    for (const key of serverKeys) {
      const p = properties[key];
      assert.equal((p as { scope?: string }).scope, 'resource', `${key}: resource scope (the server asks per document)`);
      const other = p.type === 'boolean' ? !p.default : p.enum?.find((v) => v !== p.default);
      assert.ok(other !== undefined, `${key}: a value other than the default`);
      const pathParts = key.split('.').slice(1);
      const input: Record<string, unknown> = {};
      let at = input;
      pathParts.slice(0, -1).forEach((k) => (at = (at[k] = {}) as Record<string, unknown>));
      at[pathParts[pathParts.length - 1]] = other;
      const read = (s: object) => pathParts.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s);
      assert.deepEqual(read(DEFAULT_SETTINGS), p.default, `${key}: same default in package.json and DEFAULT_SETTINGS`);
      assert.deepEqual(read(mergeSettings(DEFAULT_SETTINGS, input)), other, `${key}: merged`);
    }
  });
});
