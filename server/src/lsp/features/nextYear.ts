/**
 * Custom requests `workplan/nextYear` (next year's draft of a document) and `workplan/compare`
 * (targets of two plans side by side). The core does the work; an open document's cached
 * analysis is used as it is, other texts are parsed once.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { formatMessage } from '../../core/messages';
import { splitLines, type DocumentModel, type Line } from '../../core/model/model';
import { parseDocument } from '../../core/model/parse';
import { extractTargets, planYear, type Target } from '../../core/facts/targets';
import { readPlanFile } from '../../io/files';
import {
  Requests,
  type CompareParams,
  type CompareResult,
  type CompareSideInfo,
  type NextYearParams,
  type NextYearResult,
  type PlanInfo,
  type PlanInfoParams,
} from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toRange } from '../convert';
import { onDemand } from '../../runtime/onDemand';

interface Plan {
  readonly text: string;
  readonly model: DocumentModel;
  /** The text's targets when an analysis had them. */
  readonly targets?: readonly Target[];
}

/** A given text, else an open document (its analysis when it has one), else the file on disk. */
async function planOf(ctx: FeatureHost, uri: string | undefined, text: string | undefined): Promise<Plan> {
  const parsed = (t: string): Plan => ({ text: t, model: parseDocument(t) });
  if (text !== undefined) return parsed(text);
  if (!uri) throw new Error('workplan: a uri or a text is needed');
  const doc = ctx.document(uri);
  if (doc) {
    const analysis = await ctx.analysisFor(uri);
    return analysis ? { text: analysis.model.text, model: analysis.model, targets: analysis.targets } : parsed(doc.getText());
  }
  if (!uri.startsWith('file:')) throw new Error(`workplan: ${uri} is not open`);
  return parsed(readPlanFile(fileURLToPath(uri)).text);
}

function sideInfo(
  lines: readonly Line[],
  s: { text: string; value: number; valueMax: number | undefined; unit: string; metric: string; start: number; end: number } | undefined,
): CompareSideInfo | null {
  if (!s) return null;
  const r = toRange(lines, s.start, s.end);
  return {
    text: s.text,
    value: s.value,
    valueMax: s.valueMax ?? null,
    unit: s.unit,
    metric: s.metric,
    line: r.start.line,
    character: r.start.character,
    endLine: r.end.line,
    endCharacter: r.end.character,
  };
}

const PLAN_HEAD = 4000;

export function registerNextYear(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onRequest(Requests.nextYear, async (params: NextYearParams): Promise<NextYearResult> => {
    const { draftNextYear, findDraftMarks, placeholderLabel } = onDemand();
    const plan = await planOf(ctx, params.uri, params.text);
    const draft = draftNextYear(plan.text, plan.model, plan.targets ?? extractTargets(plan.model), planYear(plan.model));
    const lines = splitLines(draft.text);
    const locale = ctx.locale();
    const marks = findDraftMarks(draft.text);
    return {
      text: draft.text,
      fromYear: draft.fromYear ?? null,
      toYear: draft.toYear ?? null,
      reviews: draft.reviews.map((r) => ({
        range: toRange(lines, r.start, r.end),
        kind: r.kind,
        message: formatMessage(locale, r.reason.key, r.reason.args),
      })),
      placeholders: draft.placeholders.map((p) => {
        const mark = marks.find((m) => m.start === p.start);
        const label = mark ? placeholderLabel(draft.text, mark) : p.previous;
        return {
          range: toRange(lines, p.start, p.end),
          kind: 'placeholder',
          message: formatMessage(locale, 'targetPlaceholder.fill', [label]),
        };
      }),
    };
  });

  ctx.onRequest(Requests.compare, async (params: CompareParams): Promise<CompareResult> => {
    let oldPlan = await planOf(ctx, params.oldUri, params.oldText);
    let newPlan = await planOf(ctx, params.newUri, params.newText);
    let oldYear = planYear(oldPlan.model);
    let newYear = planYear(newPlan.model);
    const swapped = !!params.orderByYear && oldYear !== undefined && newYear !== undefined && oldYear > newYear;
    if (swapped) {
      [oldPlan, newPlan] = [newPlan, oldPlan];
      [oldYear, newYear] = [newYear, oldYear];
    }
    const oldLines = oldPlan.model.lines;
    const newLines = newPlan.model.lines;
    const locale = ctx.locale();
    const { compareTargets, planTargets, rowStatusText } = onDemand();
    // A draft's marks are read through (planTargets parses the stripped text); any other text's targets come from its one parse.
    const targetsOf = (p: Plan) => planTargets(p.text, p.targets ?? extractTargets(p.model));
    const compared = compareTargets(targetsOf(oldPlan), targetsOf(newPlan), oldPlan.text, newPlan.text);
    const rows = compared.map((r) => ({
      metric: r.metric,
      category: r.category,
      status: r.status,
      old: sideInfo(oldLines, r.old),
      new: sideInfo(newLines, r.new),
      change: r.change
        ? { absolute: r.change.absolute, unit: r.change.unit, percent: r.change.percent ?? null, points: r.change.points }
        : null,
      changeText: rowStatusText(r, locale),
    }));
    return { rows, swapped, oldYear: oldYear ?? null, newYear: newYear ?? null };
  });

  ctx.onRequest(Requests.planInfo, (params: PlanInfoParams): PlanInfo[] =>
    params.uris.map((uri) => {
      let text: string;
      try {
        // The title and year stand at the top: the first lines are enough.
        const open = ctx.document(uri);
        text = (open ? open.getText() : readPlanFile(fileURLToPath(uri)).text).slice(0, PLAN_HEAD);
      } catch {
        return { uri, title: null, year: null };
      }
      const model = parseDocument(text);
      return { uri, title: model.title?.text.trim() || null, year: planYear(model) ?? null };
    }),
  );
  return {};
}
