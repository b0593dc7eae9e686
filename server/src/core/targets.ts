/**
 * Quantitative targets (增长12%, 8.7亿美元, 1~2家…): extraction from the document model.
 * See ../shared/domain.md §3.
 */
import type { DocumentModel, Heading } from './model';

export type TargetKind = 'target' | 'baseline';
export type TargetCategory = 'growth' | 'percent' | 'points' | 'amount' | 'count';

export interface Target {
  /** Offsets of the whole quantity as written, e.g. `8.7亿美元` or `1~2家`. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly text: string;
  /** The metric it belongs to when the sentence says it, e.g. `外贸进出口总额`; '' otherwise. */
  readonly metric: string;
  readonly value: number;
  /** Upper end of a range (`1~2家` → 2), else undefined. */
  readonly valueMax: number | undefined;
  /** Unit as written after the magnitude, e.g. `亿美元`, `%`, `个百分点`, `家`. */
  readonly unit: string;
  /** 以上/以内/左右/不低于/不少于/力争…, '' when none. */
  readonly qualifier: string;
  readonly kind: TargetKind;
  readonly category: TargetCategory;
  /** Value in base units (8.7亿美元 → 870000000), undefined when not meaningful. */
  readonly normalized: number | undefined;
  /** Base unit of `normalized`, e.g. `USD`, `CNY`, `人`. */
  readonly baseUnit: string;
  readonly heading: Heading | undefined;
}

/** Extracts every quantity that reads as a target or a baseline fact. */
export function extractTargets(_model: DocumentModel): Target[] {
  return [];
}

/** The plan year from the title or the opening text (2007年工作要点 → 2007), if any. */
export function planYear(_model: DocumentModel): number | undefined {
  return undefined;
}
