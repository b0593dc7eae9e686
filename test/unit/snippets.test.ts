/**
 * snippets/workplan.json (VS Code snippet format, also bundled into the server) and
 * snippets/context.json (snippet name → the sections it fits, for the server's ranking).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { complete, snippetsFromJson } from '../../server/src/core/services/completion';
import { parseDocument } from '../../server/src/core/model/parse';

const ROOT = path.join(__dirname, '../../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));

interface RawSnippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
  isFileTemplate?: boolean;
}
const FILE: Record<string, RawSnippet> = readJson('snippets/workplan.json');
const CONTEXT: Record<string, unknown> = readJson('snippets/context.json');
const bodyOf = (s: RawSnippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: RawSnippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

/** Variables VS Code fills in that give the same text in any month (CURRENT_MONTH/CURRENT_DATE have leading zeros). */
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026' };

/**
 * Expands a snippet the way accepting every default would: placeholders take their default (or
 * the first choice), mirrors repeat it, variables resolve. Throws on anything VS Code's snippet
 * parser would not read as intended (unbalanced braces, unknown variables, bad choices).
 */
function expand(body: string): { text: string; stops: Set<number> } {
  const values = new Map<number, string>();
  const stops = new Set<number>();
  let i = 0;
  function parse(until: string): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (until.includes(c)) return out;
      if (c === '\\') {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        i++;
      }
    }
    if (until) throw new Error(`unclosed \${ in ${body}`);
    return out;
  }
  function dollar(): string {
    i++;
    let m = /^[0-9]+/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      const n = Number(m[0]);
      stops.add(n);
      return values.get(n) ?? '';
    }
    m = /^[A-Z_]+/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      return variable(m[0]);
    }
    assert.equal(body[i], '{', `a lone $ at ${i} in ${body}`);
    i++;
    m = /^([0-9]+)|^([A-Z_]+)/.exec(body.slice(i));
    assert.ok(m, `bad \${ at ${i} in ${body}`);
    i += m[0].length;
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      stops.add(n);
      let value: string;
      if (body[i] === '}') value = values.get(n) ?? '';
      else if (body[i] === ':') {
        i++;
        value = parse('}');
      } else if (body[i] === '|') {
        const end = body.indexOf('|}', i + 1);
        assert.ok(end > i, `unclosed choice in ${body}`);
        const choices = body.slice(i + 1, end).split(',');
        assert.ok(choices.length >= 2 && choices.every((x) => x.length > 0), `bad choice ${body.slice(i, end + 2)}`);
        value = choices[0];
        i = end + 1;
      } else throw new Error(`bad placeholder at ${i} in ${body}`);
      assert.equal(body[i], '}', `placeholder not closed at ${i} in ${body}`);
      i++;
      if (!values.has(n) || value) values.set(n, value);
      return value;
    }
    const name = m[2];
    let fallback = '';
    if (body[i] === ':') {
      i++;
      fallback = parse('}');
    }
    assert.equal(body[i], '}', `variable not closed in ${body}`);
    i++;
    return variable(name, fallback);
  }
  function variable(name: string, _fallback = ''): string {
    assert.ok(name in VARIABLES, `variable ${name} is not allowed (CURRENT_MONTH/CURRENT_DATE give leading zeros, GB/T 15835)`);
    return VARIABLES[name];
  }
  const text = parse('');
  return { text, stops };
}

describe('snippets', () => {
  const names = Object.keys(FILE);

  it('holds the snippets the brief lists, each with a pinyin, a Chinese and an English prefix', () => {
    const required: Record<string, string> = {
      bzcs: '保障措施',
      zzld: '组织领导',
      gzyd: '工作要点',
      gzjh: '工作计划',
      sshfa: '实施方案',
      dy: '导语',
      zdsx: '指导思想',
      gzmb: '工作目标',
      rwx: '任务',
      yishi: '一是',
      fj: '附件',
      lxr: '联系人',
      qm: '落款',
    };
    for (const [pinyin, word] of Object.entries(required)) {
      const hit = names.filter((n) => prefixesOf(FILE[n]).includes(pinyin));
      assert.equal(hit.length, 1, `prefix ${pinyin}`);
      assert.ok(`${hit[0]} ${FILE[hit[0]].description}`.includes(word), `${pinyin} is ${hit[0]}`);
    }
    for (const c of ['加强组织领导', '强化责任落实', '强化资金保障', '加强督促检查', '加强宣传引导']) {
      assert.ok(names.includes(c), `clause ${c}`);
      assert.ok(bodyOf(FILE['保障措施']).includes(c), `保障措施 block holds ${c}`);
    }
    for (const n of names) {
      const p = prefixesOf(FILE[n]);
      assert.ok(
        p.some((x) => /^[a-z]{2,6}$/.test(x)),
        `${n}: pinyin initials`,
      );
      assert.ok(
        p.some((x) => /^[\u4e00-\u9fff]+$/.test(x)),
        `${n}: Chinese prefix`,
      );
      assert.ok(
        /^[a-z]+(?:-[a-z]+)*$/.test(p[p.length - 1]) && p.filter((x) => /^[a-z-]+$/.test(x)).length >= 2,
        `${n}: English prefix last`,
      );
      assert.match(
        FILE[n].description,
        /^[^/]*[\u4e00-\u9fff][^/]* \/ [A-Z][\x20-\x7e\u4e00-\u9fff…（）()]*$/,
        `${n}: bilingual description`,
      );
    }
    const all = names.flatMap((n) => prefixesOf(FILE[n]));
    assert.equal(new Set(all).size, all.length, 'prefixes are unique');
  });

  it('bodies are valid snippets: tab stops, $0 once, only variables without leading zeros', () => {
    for (const n of names) {
      const body = bodyOf(FILE[n]);
      const { stops } = expand(body);
      assert.ok(stops.has(1), `${n}: has a first tab stop`);
      assert.equal(body.split('$0').length - 1, 1, `${n}: one final cursor $0`);
      assert.ok(!/CURRENT_MONTH|CURRENT_DATE|CURRENT_DAY/.test(body), n);
    }
    assert.throws(() => expand('${1:a'), /unclosed/);
    assert.throws(() => expand('${CURRENT_MONTH}月'), /leading zeros/);
  });

  it('templates and clauses, expanded with their defaults, give plans the checker finds nothing wrong with', () => {
    const templates = names.filter((n) => FILE[n].isFileTemplate);
    assert.deepEqual(templates.sort(), ['实施方案模板', '工作要点模板', '工作计划模板'].sort());
    for (const n of templates) {
      const text = expand(bodyOf(FILE[n])).text;
      const { model, findings } = analyze(text);
      assert.deepEqual(
        findings.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`),
        [],
        `${n}:\n${text}`,
      );
      assert.ok(model.headings.length >= 6, `${n}: outline`);
      assert.ok(!/\b0[1-9]月|月0[1-9]日/.test(text), `${n}: no leading zeros in dates`);
    }
    // The 保障措施 block and the clauses one after another under a plan.
    const block = expand(bodyOf(FILE['保障措施'])).text;
    const plan = `某局2026年工作要点\n一、总体要求\n坚持稳中求进。\n二、主要目标\n全年增长5%。\n三、重点任务\n（一）外贸\n（二）内贸\n${block}\n`;
    assert.deepEqual(
      analyze(plan).findings.map((f) => f.rule),
      [],
    );
    const clauses = ['加强组织领导', '强化责任落实', '强化资金保障', '加强督促检查', '加强宣传引导'].map((c, k) =>
      expand(bodyOf(FILE[c])).text.replace(/^（[一二三四五]）/, `（${'一二三四五'[k]}）`),
    );
    assert.deepEqual(
      analyze(`某局2026年工作要点\n一、主要目标\n全年增长5%。\n二、保障措施\n${clauses.join('\n')}\n`).findings.map((f) => f.rule),
      [],
    );
  });

  it('the signature date has no leading zeros and the series is a clean run-in series', () => {
    const date = expand(bodyOf(FILE['落款'])).text.split('\n')[1];
    assert.match(date, /^2026年1月×日$/);
    const series = expand(bodyOf(FILE['一是二是三是'])).text;
    assert.equal(series, '一是……；二是……；三是……。');
  });

  it('context.json names every snippet with known places, and the server reads it', () => {
    const known = new Set(['document', 'preamble', 'guiding', 'goals', 'tasks', 'safeguards', 'attachment', 'closing', 'series']);
    const keys = Object.keys(CONTEXT).filter((k) => !k.startsWith('$'));
    assert.deepEqual(keys.sort(), [...names].sort());
    for (const k of keys) {
      const v = CONTEXT[k];
      assert.ok(Array.isArray(v) && v.length > 0 && v.every((x) => known.has(x)), `${k}: ${JSON.stringify(v)}`);
    }
    const defs = snippetsFromJson(FILE, CONTEXT);
    assert.equal(defs.length, names.length);
    for (const d of defs) assert.deepEqual(d.contexts, CONTEXT[d.name], d.name);
  });

  it('ranks by section with the context map: clauses in 保障措施, goals in 工作目标, templates only in an empty document', () => {
    const defs = snippetsFromJson(FILE, CONTEXT);
    const labels = (text: string) =>
      complete(parseDocument(text), text.length, { snippets: defs })
        .filter((c) => c.kind === 'snippet' || c.kind === 'template')
        .map((c) => c.label);
    const head = '某局2026年工作要点\n一、总体要求\n坚持稳中求进。\n二、工作目标\n全年增长5%。\n三、重点任务\n（一）外贸\n（二）内贸\n';
    const inSafeguards = labels(`${head}四、保障措施\n（一）加强组织领导。成立领导小组。\n`);
    assert.deepEqual(new Set(inSafeguards.slice(0, 5)), new Set(['组织领导', '责任落实', '资金保障', '督促检查', '宣传引导']));
    assert.ok(!inSafeguards.includes('工作要点'), 'no whole-document template inside a plan');
    assert.equal(labels('某局2026年工作要点\n一、总体要求\n坚持稳中求进。\n二、工作目标\n')[0], '工作目标');
    assert.deepEqual(new Set(labels('').slice(0, 3)), new Set(['工作要点', '工作计划', '实施方案']));
  });
});
