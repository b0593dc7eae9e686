/** Words on the screen: singular and plural, one-line ranges, the missing number named — in both languages. */
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { formatMessage } from '../../server/src/core/messages';
import { fillTemplate } from '../../server/src/core/text/template';

const ROOT = path.join(__dirname, '../../..');

describe('message templates', () => {
  it('pick singular or plural by the number', () => {
    assert.equal(fillTemplate('{0} {0|problem|problems}', [1], 'en'), '1 problem');
    assert.equal(fillTemplate('{0} {0|problem|problems}', [0], 'en'), '0 problems');
    assert.equal(fillTemplate('{0} {0|problem|problems}', [2], 'en'), '2 problems');
  });
  it('write a one-line range as one line', () => {
    assert.equal(fillTemplate('{Lines:0:1} {0~1|repeats|repeat} {lines:2:3}', [15, 15, 3, 3], 'en'), 'Line 15 repeats line 3');
    assert.equal(fillTemplate('{Lines:0:1} {0~1|repeats|repeat} {lines:2:3}', [15, 17, 3, 5], 'en'), 'Lines 15–17 repeat lines 3–5');
    assert.equal(fillTemplate('{lines:0:1}', [16, 16], 'zh'), '第 16 行');
    assert.equal(fillTemplate('{lines:0:1}', [16, 18], 'zh'), '第 16–18 行');
  });
  it('no English message says “1 problems” or “(1 lines)”, no range says 15–15', () => {
    const one = [1, 1, 1, 1, 1];
    for (const key of [
      'paste.chrome',
      'paste.lostLine',
      'duplicate.passage',
      'duplicate.firstCopy',
      'fix.deleteRepeatedCopy',
      'cli.summary',
      'cli.fixed',
      'cleanPaste.done',
    ] as const) {
      const en = formatMessage('en', key, one);
      const zh = formatMessage('zh-cn', key, one);
      assert.ok(!/\b1 (problems|lines|paragraphs|files|changes)\b|\(1 lines\)|1–1|[Ll]ines 1\b/.test(en), `${key}: ${en}`);
      assert.ok(!/1–1/.test(zh), `${key}: ${zh}`);
    }
  });
});

describe('numbering-gap and enumeration-gap name what is missing', () => {
  const message = (text: string, rule: string, locale: 'en' | 'zh-cn') => {
    const f = analyze(text).findings.find((x) => x.rule === rule);
    assert.ok(f, `no ${rule}`);
    return formatMessage(locale, f.message.key, f.message.args);
  };
  it('one number missing', () => {
    const doc = '某局2025年工作要点\n一、稳外贸\n内容。\n二、促消费\n内容。\n四、扩投资\n内容。\n';
    assert.equal(message(doc, 'numbering-gap', 'en'), 'Gap in numbering: 三、 is missing between 二、 and 四、.');
    assert.equal(message(doc, 'numbering-gap', 'zh-cn'), '编号不连续：二、 与 四、 之间缺少 三、。');
  });
  it('several numbers missing', () => {
    const doc = '某局2025年工作要点\n一、稳外贸\n内容。\n二、促消费\n内容。\n五、扩投资\n内容。\n';
    assert.equal(message(doc, 'numbering-gap', 'en'), 'Gap in numbering: 三、 to 四、 are missing between 二、 and 五、.');
  });
  it('a run-in series', () => {
    const doc = '某局2025年工作要点\n一、稳外贸\n一是抓企业；二是抓市场；四是抓项目。\n二、促消费\n内容。\n';
    assert.equal(message(doc, 'enumeration-gap', 'en'), 'Gap in run-in series: 三是 is missing between 二是 and 四是.');
  });
});

describe('CLI check summary: files checked, problems found, problems fixed', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', WORKPLAN_LANG: 'en' },
    });
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-words-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a clean file: 1 file checked, 0 problems found', () => {
    const file = path.join(tmp, 'clean.txt');
    fs.writeFileSync(file, '某局2025年工作要点\n一、稳外贸\n内容。\n二、促消费\n内容。\n');
    assert.equal(run(['check', file]).stdout.trim(), '1 file checked, 0 problems found');
  });
  it('--fix: found and fixed counted, the remaining listed', () => {
    const file = path.join(tmp, 'fix.txt');
    fs.writeFileSync(file, '某局2025年工作要点\n一.稳外贸\n内容。\n二.促消费\n内容。\n');
    const r = run(['check', '--fix', file]);
    assert.equal(r.stdout.trim(), '1 file checked, 2 problems found, 2 fixed');
    assert.equal(r.stderr.trim(), `${file}: fixed 2 problems`);
    assert.equal(fs.readFileSync(file, 'utf8'), '某局2025年工作要点\n一、稳外贸\n内容。\n二、促消费\n内容。\n');
  });
});
