/**
 * An analysis sent from the worker to the main thread in pieces. Structured-cloning a whole
 * 10 MB analysis (28,000 targets, 5,000 headings, every object linked to its heading) blocked
 * the main thread for over 100 ms in one go; in pieces, each a few thousand plain objects with
 * links written as indices, the main thread takes one piece per turn of its event loop and keeps
 * answering requests in between. The line table travels as one Uint32Array.
 */
import type { Analysis } from '../core/services/analyze';
import type { DocumentModel, Enumeration, EnumerationSeries, Heading, Line } from '../core/model/model';
import type { Target } from '../core/facts/targets';
import { textView } from '../core/text/textView';
import type { Finding } from '../core/types';

/** Items per piece: a piece takes a few milliseconds to receive and relink. */
export const PIECE_SIZE = 2000;

type Flat<T, K extends keyof T> = Omit<T, K>;
type FlatHeading = Flat<Heading, 'parent' | 'children' | 'enumerations'> & { parent: number; enumerations: number[] };
type FlatEnumeration = Flat<Enumeration, 'heading'> & { heading: number };
type FlatSeries = Flat<EnumerationSeries, 'items' | 'heading'> & { items: number[]; heading: number };
type FlatTarget = Flat<Target, 'heading'> & { heading: number };

/** One piece of an analysis; `packAnalysis` gives them in the order `Unpacker` expects. */
export type Piece =
  | { kind: 'lines'; lines: Uint32Array }
  | {
      kind: 'model';
      rest: Pick<DocumentModel, 'title' | 'preamble' | 'contexts' | 'closing' | 'strayMarkers' | 'view'>;
      roots: number[];
    }
  | { kind: 'headings'; items: FlatHeading[] }
  | { kind: 'enumerations'; items: FlatEnumeration[] }
  | { kind: 'series'; items: FlatSeries[] }
  | { kind: 'targets'; items: FlatTarget[] }
  | { kind: 'findings'; items: Finding[] }
  | { kind: 'end' };

const indexOf = (h: Heading | undefined) => (h ? h.index : -1);

function* chunks<T, U>(items: readonly T[], kind: string, size: number, flat: (x: T) => U): Generator<{ kind: string; items: U[] }> {
  for (let i = 0; i < items.length; i += size) yield { kind, items: items.slice(i, i + size).map(flat) };
}

/** The pieces of an analysis (the text is not sent back: the main thread has it). */
export function* packAnalysis(a: Analysis, size = PIECE_SIZE): Generator<Piece> {
  const { model } = a;
  const lines = new Uint32Array(model.lines.length * 2);
  model.lines.forEach((l, i) => {
    lines[2 * i] = l.start;
    lines[2 * i + 1] = l.end;
  });
  yield { kind: 'lines', lines };
  const enumIndex = new Map<Enumeration, number>(model.enumerations.map((e, i) => [e, i]));
  const { title, preamble, contexts, closing, strayMarkers, view } = model;
  yield {
    kind: 'model',
    rest: { title, preamble, contexts, closing, strayMarkers, ...(view ? { view } : {}) },
    roots: model.roots.map((h) => h.index),
  };
  yield* chunks(model.headings, 'headings', size, (h): FlatHeading => {
    const { parent, children: _children, enumerations, ...rest } = h;
    void _children;
    return { ...rest, parent: indexOf(parent), enumerations: enumerations.map((e) => enumIndex.get(e) ?? -1) };
  }) as Generator<Piece>;
  yield* chunks(model.enumerations, 'enumerations', size, (e): FlatEnumeration => ({
    ...e,
    heading: indexOf(e.heading),
  })) as Generator<Piece>;
  yield* chunks(model.series, 'series', size, (s): FlatSeries => ({
    ...s,
    items: s.items.map((e) => enumIndex.get(e) ?? -1),
    heading: indexOf(s.heading),
  })) as Generator<Piece>;
  yield* chunks(a.targets, 'targets', size, (t): FlatTarget => ({ ...t, heading: indexOf(t.heading) })) as Generator<Piece>;
  yield* chunks(a.findings, 'findings', size, (f) => f) as Generator<Piece>;
  yield { kind: 'end' };
}

/** Rebuilds an analysis from its pieces, one piece at a time; `done` once the last has arrived. */
export class Unpacker {
  private lines: Line[] = [];
  private rest: Extract<Piece, { kind: 'model' }> | undefined;
  private readonly headings: Heading[] = [];
  private readonly headingEnums: number[][] = [];
  private readonly enumerations: Enumeration[] = [];
  private readonly series: EnumerationSeries[] = [];
  private readonly targets: Target[] = [];
  private readonly findings: Finding[] = [];
  private ended = false;

  constructor(private readonly text: string) {}

  add(piece: Piece): void {
    switch (piece.kind) {
      case 'lines': {
        const l = piece.lines;
        const lines: Line[] = new Array(l.length / 2);
        for (let i = 0; i < lines.length; i++) lines[i] = { start: l[2 * i], end: l[2 * i + 1] };
        this.lines = lines;
        return;
      }
      case 'model':
        this.rest = piece;
        return;
      case 'headings':
        for (const f of piece.items) {
          const parent = f.parent >= 0 ? this.headings[f.parent] : undefined;
          const h: Heading = { ...f, parent, children: [], enumerations: [] };
          if (parent) parent.children.push(h);
          this.headings.push(h);
          this.headingEnums.push(f.enumerations);
        }
        return;
      case 'enumerations':
        for (const f of piece.items) this.enumerations.push({ ...f, heading: f.heading >= 0 ? this.headings[f.heading] : undefined });
        return;
      case 'series':
        for (const f of piece.items)
          this.series.push({
            ...f,
            items: f.items.map((k) => this.enumerations[k]),
            heading: f.heading >= 0 ? this.headings[f.heading] : undefined,
          });
        return;
      case 'targets':
        for (const f of piece.items) this.targets.push({ ...f, heading: f.heading >= 0 ? this.headings[f.heading] : undefined });
        return;
      case 'findings':
        for (const f of piece.items) this.findings.push(f);
        return;
      case 'end':
        this.headings.forEach((h, i) => {
          for (const k of this.headingEnums[i]) h.enumerations.push(this.enumerations[k]);
        });
        this.ended = true;
        return;
    }
  }

  /** True once the last piece has arrived. */
  get done(): boolean {
    return this.ended;
  }

  analysis(): Analysis {
    const rest = this.rest;
    if (!rest || !this.ended) throw new Error('analysis pieces incomplete');
    const model: DocumentModel = {
      // The view is rebuilt from the text rather than sent: it is as long as the text.
      text: rest.rest.view ? (textView(this.text)?.text ?? this.text) : this.text,
      lines: this.lines,
      ...rest.rest,
      headings: this.headings,
      roots: rest.roots.map((i) => this.headings[i]),
      enumerations: this.enumerations,
      series: this.series,
    };
    return { model, targets: this.targets, findings: this.findings };
  }
}
