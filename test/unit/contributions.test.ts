/**
 * The declarative contributions of package.json: grammar, snippets, language configuration,
 * walkthrough and semantic token legend, checked against the files and code they name.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LEGEND } from '../../server/src/lsp/features/targetTokens';
import { PLAN_NAME } from '../../server/src/lsp/features/checkWorkspace';

const ROOT = path.join(__dirname, '../../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const exists = (p: string) => fs.existsSync(path.join(ROOT, p));

describe('package.json contributions', () => {
  const manifest = readJson('package.json');
  const c = manifest.contributes;
  const en: Record<string, string> = readJson('package.nls.json');
  const zh: Record<string, string> = readJson('package.nls.zh-cn.json');
  const nls = (table: Record<string, string>, v: string) => (/^%.+%$/.test(v) ? table[v.slice(1, -1)] : v);

  it('the workspace check takes the names VS Code opens in Work Plan mode for plans, and only those', () => {
    const [language] = c.languages;
    // `*工作计划*.txt` → a name that matches it, and the same stem with another extension.
    for (const pattern of language.filenamePatterns as string[]) {
      const name = pattern.replace(/\*/g, '2024年某局');
      assert.ok(PLAN_NAME.test(name), name);
      assert.ok(!PLAN_NAME.test(name.replace(/\.txt$/, '.docx')), name);
    }
    for (const ext of language.extensions as string[]) assert.ok(PLAN_NAME.test(`任意${ext}`), ext);
    assert.ok(!PLAN_NAME.test('会议纪要.txt'));
  });

  it('grammar points at its file; snippets come from the server only (no duplicates in the list)', () => {
    const g = c.grammars.find((x: { language: string }) => x.language === 'workplan');
    assert.ok(g && exists(g.path), 'grammar file');
    assert.equal(readJson(g.path).scopeName, g.scopeName);
    // The server bundles snippets/workplan.json and ranks it by section; contributing the file
    // as well would show every snippet twice.
    assert.equal(c.snippets, undefined);
    assert.ok(exists('snippets/workplan.json') && exists('snippets/context.json'));
  });

  it('language configuration pairs CJK and ASCII brackets and splits words at CJK punctuation', () => {
    const lc = readJson(c.languages[0].configuration);
    const pairs = ['（）', '“”', '‘’', '《》', '【】', '〔〕', '()', '[]', '{}'];
    const brackets = lc.brackets.map((b: string[]) => b.join(''));
    const closing = lc.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    const surrounding = lc.surroundingPairs.map((p: string[]) => p.join(''));
    for (const p of pairs) {
      assert.ok(brackets.includes(p), `brackets ${p}`);
      assert.ok(closing.includes(p), `autoClosingPairs ${p}`);
      assert.ok(surrounding.includes(p), `surroundingPairs ${p}`);
    }
    assert.ok(closing.includes('""') && surrounding.includes('""'));
    assert.ok(!('folding' in lc), 'the server provides folding');
    const words = (s: string) => s.match(new RegExp(lc.wordPattern, 'g'));
    assert.deepEqual(words('为推进工作，保障措施'), ['为推进工作', '保障措施']);
    assert.deepEqual(words('增长8.7亿美元，12%'), ['增长', '8.7', '亿美元', '12%']);
    assert.deepEqual(words('加强bzcs'), ['加强', 'bzcs']);
  });

  it('walkthrough: four steps, media in both languages, command links to real commands', () => {
    const [w] = c.walkthroughs;
    assert.deepEqual(
      w.steps.map((s: { id: string }) => s.id),
      ['openSample', 'outline', 'problems', 'draftNextYear'],
    );
    const ours = new Set(c.commands.map((x: { command: string }) => x.command));
    const builtin = new Set(['outline.focus', 'workbench.actions.view.problems']);
    for (const step of w.steps) {
      for (const table of [en, zh]) {
        const media = nls(table, step.media.markdown);
        assert.ok(media && exists(media), `${step.id}: media ${media}`);
        const md = fs.readFileSync(path.join(ROOT, media), 'utf8');
        assert.ok(md.startsWith('# '), `${media} has a title`);
        const description = nls(table, step.description);
        const links = [...description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
        assert.equal(links.length, 1, `${step.id}: one button`);
        assert.ok(ours.has(links[0]) || builtin.has(links[0]), `${step.id}: ${links[0]}`);
        for (const e of step.completionEvents.filter((x: string) => x.startsWith('onCommand:'))) {
          const id = e.slice('onCommand:'.length);
          assert.ok(ours.has(id) || builtin.has(id), `${step.id}: ${e}`);
        }
      }
      assert.ok(nls(zh, step.media.markdown).endsWith('.zh-cn.md'), `${step.id}: Chinese media`);
    }
    for (const id of ['workplan.openSample', 'workplan.draftNextYear']) assert.ok(ours.has(id), id);
  });

  it("semantic token legend: the server's types, each with a TextMate fallback scope", () => {
    const types = c.semanticTokenTypes.map((t: { id: string }) => t.id);
    assert.deepEqual([...types].sort(), [...LEGEND.tokenTypes].sort());
    const modifiers = (c.semanticTokenModifiers ?? []).map((t: { id: string }) => t.id);
    assert.deepEqual([...modifiers].sort(), [...LEGEND.tokenModifiers].sort());
    const scopes = c.semanticTokenScopes.find((s: { language?: string }) => s.language === 'workplan').scopes;
    for (const t of types) {
      assert.ok(Array.isArray(scopes[t]) && scopes[t].length > 0, `${t} has scopes`);
      // A root every theme colours, so the token is coloured without theme support.
      for (const s of scopes[t])
        assert.match(s, /^(constant\.numeric|constant\.other|constant\.language|string|keyword|comment)\./, `${t}: ${s}`);
    }
    for (const t of c.semanticTokenTypes) assert.ok(['number', 'string', undefined].includes(t.superType), t.id);
  });

  it('the language shows by its localized name; Targets and Tasks share the Work Plan container; .md stays Markdown', () => {
    const lang = c.languages[0];
    assert.equal(nls(en, lang.aliases[0]), 'Work Plan');
    assert.equal(nls(zh, lang.aliases[0]), '工作计划');
    assert.ok(!lang.filenamePatterns.some((p: string) => p.endsWith('.md')), 'Markdown plans keep the Markdown language');
    assert.deepEqual(
      c.viewsContainers.activitybar.map((x: { id: string }) => x.id),
      ['workplan'],
    );
    assert.deepEqual(
      c.views.workplan.map((v: { id: string }) => v.id),
      ['workplan.targets', 'workplan.tasks'],
    );
    assert.equal(c.views.explorer, undefined);
    assert.ok(exists(c.viewsContainers.activitybar[0].icon));
  });

  it('Tab moves between placeholders only while the document has one', () => {
    const tab = c.keybindings.find((k: { key: string }) => k.key === 'tab');
    assert.equal(tab.command, 'workplan.nextPlaceholder');
    for (const part of ['workplan.hasPlaceholders', '!suggestWidgetVisible', '!inSnippetMode', 'editorLangId == workplan'])
      assert.ok(tab.when.includes(part), part);
  });
});
