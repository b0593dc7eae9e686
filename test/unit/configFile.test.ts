/** The one `.workplanrc.json` lookup (io/files.ts) the CLI and the server share. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileSettings, findConfig } from '../../server/src/io/files';

describe('.workplanrc.json lookup', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-rc-'));
  const deep = path.join(root, 'a', 'b', 'c');
  fs.mkdirSync(deep, { recursive: true });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (dir: string, text: string) => fs.writeFileSync(path.join(dir, '.workplanrc.json'), text);

  it('finds the nearest file above, however deep (no level limit)', () => {
    write(root, JSON.stringify({ profile: 'gbt' }));
    assert.equal(findConfig(deep)?.file, path.join(root, '.workplanrc.json'));
    assert.equal(fileSettings(path.join(deep, 'plan.txt')).profile, 'gbt');
  });

  it('stops at a workspace folder when asked to', () => {
    assert.equal(findConfig(deep, [path.join(root, 'a')]), undefined);
    assert.ok(findConfig(deep, [root]));
  });

  it('the nearest file wins even when it is broken (its settings are the defaults)', () => {
    write(path.join(root, 'a'), '{ not json');
    const found = findConfig(deep);
    assert.equal(found?.file, path.join(root, 'a', '.workplanrc.json'));
    assert.equal(found?.value, undefined);
    assert.equal(fileSettings(path.join(deep, 'plan.txt')).profile, 'common');
  });
});
