/** Quick fixes per finding, "fix all of this rule", and `source.fixAll.workplan`. */
import { CodeActionKind, type CodeAction, type Range, type ServerCapabilities, type TextEdit as LspEdit } from 'vscode-languageserver';
import { verifiedFixAll } from '../../core/services/fixAll';
import { formatMessage, hasMessage, type Locale } from '../../core/messages';
import type { Analysis } from '../../core/services/analyze';
import type { TextEdit } from '../../core/types';
import { toOffset, toRange } from '../convert';
import { diagnosticsOf } from './diagnostics';
import type { FeatureHost } from '../host';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.workplan`;

export function codeActions(
  analysis: Analysis,
  uri: string,
  range: Range,
  only: readonly string[] | undefined,
  locale: Locale,
): CodeAction[] {
  const { model, findings } = analysis;
  const lines = model.lines;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const edit = (edits: readonly TextEdit[]) => ({
    changes: { [uri]: edits.map((e): LspEdit => ({ range: toRange(lines, e.start, e.end), newText: e.newText })) },
  });
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const start = toOffset(lines, range.start);
    const end = toOffset(lines, range.end);
    const diagnostics = diagnosticsOf(analysis, locale, uri);
    const rulesDone = new Set<string>();
    findings.forEach((f, i) => {
      if (f.end < start || f.start > end || !f.fixes) return;
      for (const fix of f.fixes) {
        out.push({
          title: formatMessage(locale, fix.title.key, fix.title.args),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostics[i]],
          isPreferred: fix === f.fixes[0],
          edit: edit(fix.edits),
        });
      }
      if (!rulesDone.has(f.rule)) {
        rulesDone.add(f.rule);
        const count = findings.filter((x) => x.rule === f.rule && x.fixes?.some((y) => y.safe)).length;
        const all = count > 1 ? verifiedFixAll(analysis, f.rule) : [];
        if (all.length) {
          out.push({
            title: formatMessage(locale, 'fix.allOfRule', [ruleName(locale, f.rule)]),
            kind: CodeActionKind.QuickFix,
            diagnostics: diagnostics.filter((_, k) => findings[k].rule === f.rule),
            edit: edit(all),
          });
        }
      }
    });
  }
  if (wants(FIX_ALL_KIND) && only) {
    const all = verifiedFixAll(analysis);
    if (all.length) out.push({ title: formatMessage(locale, 'fix.all'), kind: FIX_ALL_KIND, edit: edit(all) });
  }
  return out;
}

export function registerCodeActions(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.onCodeAction((p, token) =>
    ctx.withAnalysis(p.textDocument.uri, token, [], (a) => codeActions(a, p.textDocument.uri, p.range, p.context.only, ctx.locale())),
  );
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } };
}

/** A rule's name in the client's language (its id only when the catalogue has no name). */
function ruleName(locale: Locale, rule: string): string {
  const key = `rule.${rule}`;
  return hasMessage(key) ? formatMessage(locale, key) : rule;
}
