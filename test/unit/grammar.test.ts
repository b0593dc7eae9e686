/** The TextMate grammar (the fallback highlighting) tokenised with VS Code's own engine. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.join(__dirname, '../../..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/workplan.tmLanguage.json'), 'utf8'), 'workplan.tmLanguage.json'),
  });
  return (await registry.loadGrammar('text.workplan')) as textmate.IGrammar;
}

/** The scopes of the token that covers `needle` in `line`. */
function scopesAt(grammar: textmate.IGrammar, line: string, needle: string): string[] {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${line}`);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const tok = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  return tok ? tok.scopes : [];
}

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('marks heading markers by level and the title', () => {
    const cases: Array<[string, string, string]> = [
      ['一、总体思路', '一、', 'markup.heading.1.workplan'],
      ['（一）全年全市外贸进出口总额实现8.7亿美元', '（一）', 'markup.heading.2.workplan'],
      ['(二)堅持分類指導', '(二)', 'markup.heading.2.workplan'],
      ['1、建立完善利用外资目标管理和评价体系。实行新的', '1、', 'markup.heading.3.workplan'],
      ['3.省級經開區培育對象', '3.', 'markup.heading.3.workplan'],
      ['（1）加快农村商品市场体系建设。以', '（1）', 'markup.heading.4.workplan'],
      ['①第一点', '①', 'markup.heading.5.workplan'],
      ['## 二、重点任务', '二、', 'markup.heading.1.workplan'],
      ['第一章 总则', '第一章', 'markup.heading.1.workplan'],
    ];
    for (const [line, marker, scope] of cases) {
      assert.ok(scopesAt(grammar, line, marker).includes(scope), `${line}: ${scopesAt(grammar, line, marker)}`);
      assert.ok(scopesAt(grammar, line, marker).includes('keyword.control.marker.workplan'));
    }
    assert.ok(scopesAt(grammar, '一、总体思路', '总体').includes('entity.name.section.workplan'));
    assert.ok(!scopesAt(grammar, '1、建立完善体系。实行新的', '实行').includes('entity.name.section.workplan'));
  });

  it('does not mark traps as headings', () => {
    for (const line of ['2.5', '1.5亿元用于项目建设。', '20.2026年10件民生实事', '“五统一、一开放”全面推开。', '一、二季度增长较快。']) {
      const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
      assert.ok(tokens.every((t) => !t.scopes.some((s) => s.startsWith('markup.heading'))), line);
    }
  });

  it('marks numbers with units, ranges, percentages, dates, quotes, titles and enumerations', () => {
    const line = '2007年4月22日，外贸进出口总额实现8.7亿美元，增长16%，力争1~2家，提高2个百分点，“万村千乡”和《意见》。一是壮大主体；二是转变方式。';
    assert.ok(scopesAt(grammar, line, '2007年4月22日').includes('constant.other.date.workplan'));
    assert.ok(scopesAt(grammar, line, '8.7').includes('constant.numeric.workplan'));
    assert.ok(scopesAt(grammar, line, '亿美元').includes('keyword.other.unit.workplan'));
    assert.ok(scopesAt(grammar, line, '16').includes('constant.numeric.workplan'));
    assert.ok(scopesAt(grammar, line, '1~2').includes('constant.numeric.workplan'));
    assert.ok(scopesAt(grammar, line, '个百分点').includes('keyword.other.unit.workplan'));
    assert.ok(scopesAt(grammar, line, '万村千乡').includes('string.quoted.double.workplan'));
    assert.ok(scopesAt(grammar, line, '《意见》').includes('string.other.title.workplan'));
    assert.ok(scopesAt(grammar, line, '一是').includes('keyword.other.enumeration.workplan'));
    assert.ok(scopesAt(grammar, line, '二是').includes('keyword.other.enumeration.workplan'));
  });

  it('tokenises every seed without errors', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) {
      let state = textmate.INITIAL;
      for (const line of fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8').split('\n')) state = grammar.tokenizeLine(line, state).ruleStack;
    }
  });
});
