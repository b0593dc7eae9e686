/**
 * `workplan/targets`: every target of a document with its section path, for the Targets view and
 * the export command (positions 0-based, UTF-16).
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { Heading, DocumentModel } from '../../core/model/model';
import { shownText, type Target } from '../../core/facts/targets';
import { Requests, type TargetInfo, type UriParams } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toPosition } from '../convert';

/** `["二、工作目标", "（一）外贸"]` for a target under （一） of 二、. */
export function sectionPath(heading: Heading | undefined): string[] {
  const path: string[] = [];
  for (let h = heading; h; h = h.parent) path.unshift(`${h.marker}${h.title}`);
  return path;
}

/** `sectionPath` with the titles unshortened (marker and title as written up to its end). */
export function sectionPathFull(text: string, heading: Heading | undefined): string[] {
  const path: string[] = [];
  for (let h = heading; h; h = h.parent) path.unshift(`${h.marker}${text.slice(h.markerEnd, h.titleEnd).trim()}`);
  return path;
}

/** The line of each heading of `sectionPath(heading)`. */
export function sectionLines(heading: Heading | undefined): number[] {
  const lines: number[] = [];
  for (let h = heading; h; h = h.parent) lines.unshift(h.line);
  return lines;
}

/** The client's view of the targets. */
export function targetInfos(model: DocumentModel, targets: readonly Target[]): TargetInfo[] {
  return targets.map((t) => {
    const s = toPosition(model.lines, t.start);
    const e = toPosition(model.lines, t.end);
    return {
      line: s.line,
      character: s.character,
      endLine: e.line,
      endCharacter: e.character,
      text: shownText(t),
      metric: t.metric,
      value: t.value,
      valueMax: t.valueMax ?? null,
      unit: t.unit,
      qualifier: t.qualifier,
      kind: t.kind,
      category: t.category,
      normalized: t.normalized ?? null,
      baseUnit: t.baseUnit,
      zone: t.zone,
      unitKind: t.unitKind,
      measure: t.measure,
      scopeYear: t.scopeYear ?? null,
      section: sectionPath(t.heading),
      sectionLines: sectionLines(t.heading),
      sectionFull: sectionPathFull(model.text, t.heading),
    };
  });
}

export function registerTargetsRequest(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onRequest(Requests.targets, async (p: UriParams, token) => {
    // The newest analysis: the view refreshes on the next targetsChanged anyway.
    const a = await ctx.newestAnalysis(p.uri, token);
    if (!a || token?.isCancellationRequested) return [];
    return targetInfos(a.model, a.targets);
  });
  return {};
}
