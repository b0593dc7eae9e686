/** SARIF 2.1.0 output for `check --format sarif`. */
import { formatMessage, type Locale } from '../core/messages';
import type { Rule } from '../core/types';
import type { Row } from './batch';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(rows: readonly Row[], rules: readonly Rule[], locale: Locale): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'workplan',
            version: '0.1.0',
            informationUri: 'https://example.invalid/workplan',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: formatMessage(locale, r.description) },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity], enabled: !r.defaultOff },
            })),
          },
        },
        results: rows.map((r) => ({
          ruleId: r.rule,
          ...(ruleIndex.has(r.rule) ? { ruleIndex: ruleIndex.get(r.rule) } : {}),
          level: LEVEL[r.severity] ?? 'warning',
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
                region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
              },
            },
          ],
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
