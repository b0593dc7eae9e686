/** Findings → LSP diagnostics, in the user's language. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { formatMessage, type Locale } from '../../core/messages';
import type { DocumentModel } from '../../core/model/model';
import type { Finding, Severity } from '../../core/types';
import type { Analysis } from '../../core/services/analyze';
import { toRange } from '../convert';

export const DIAGNOSTIC_SOURCE = 'workplan';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(model: DocumentModel, findings: readonly Finding[], locale: Locale, uri: string): Diagnostic[] {
  return findings.map((f, index) => {
    const d: Diagnostic = {
      range: toRange(model.lines, f.start, f.end),
      severity: SEVERITY[f.severity],
      code: f.rule,
      source: DIAGNOSTIC_SOURCE,
      message: formatMessage(locale, f.message.key, f.message.args),
      data: { index },
    };
    if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
    if (f.related?.length) {
      d.relatedInformation = f.related.map((r) => ({
        location: {
          uri: r.uri ?? uri,
          range: r.uri
            ? { start: { line: r.line ?? 0, character: 0 }, end: { line: r.line ?? 0, character: 0 } }
            : toRange(model.lines, r.start, r.end),
        },
        message: formatMessage(locale, r.message.key, r.message.args),
      }));
    }
    return d;
  });
}

const built = new WeakMap<Analysis, Map<Locale, Diagnostic[]>>();

/** The diagnostics of an analysis in `locale`, built once: validation and code actions share them. */
export function diagnosticsOf(analysis: Analysis, locale: Locale, uri: string): readonly Diagnostic[] {
  let byLocale = built.get(analysis);
  if (!byLocale) built.set(analysis, (byLocale = new Map()));
  let d = byLocale.get(locale);
  if (!d) byLocale.set(locale, (d = toDiagnostics(analysis.model, analysis.findings, locale, uri)));
  return d;
}
