/**
 * Word's automatic numbering: the definitions of word/numbering.xml and word/styles.xml, and the
 * counters that turn a paragraph's w:numPr into the marker Word shows (`一、` `（二）` `3.`).
 *
 * Resolution: the paragraph's own w:numPr, else its style's (following w:basedOn) → w:num →
 * w:abstractNum (a w:numStyleLink goes through the numbering style to the definition that has the
 * w:styleLink) → w:lvl, with w:lvlOverride (a whole w:lvl, or a w:startOverride) on the w:num.
 * Counting (ECMA-376 §17.9): counters belong to the abstract definition, so two w:num of one
 * abstractNum continue one list, and a w:num with a w:startOverride restarts the overridden
 * levels where it is first used; using a level restarts the deeper ones, unless their
 * w:lvlRestart names a shallower level (or 0: never).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { formatNumber } from './numberFormats';

export interface Level {
  start: number;
  format: string;
  text: string;
  /** 1-based level whose use restarts this one (0: never); undefined: the previous level. */
  restart: number | undefined;
  legal: boolean;
  /** What follows the marker: `tab` (Word's default), `space` or `nothing`. */
  suffix: string;
  /** Paragraph style linked to this level (w:pStyle inside w:lvl). */
  style: string | undefined;
}

interface AbstractNum {
  levels: Map<number, Level>;
  styleLink: string | undefined;
  numStyleLink: string | undefined;
}

interface NumInstance {
  abstractId: string;
  /** Levels replaced whole by w:lvlOverride/w:lvl. */
  levels: Map<number, Partial<Level>>;
  startOverrides: Map<number, number>;
}

export interface NumPr {
  numId: string | undefined;
  ilvl: number | undefined;
}

export interface StyleInfo {
  basedOn: string | undefined;
  numPr: NumPr | undefined;
}

export interface Styles {
  styles: Map<string, StyleInfo>;
  /** The default paragraph style (Normal). */
  defaultParagraph: string | undefined;
}

/** Local name of a qualified XML name (`w:numFmt` → `numFmt`). */
export function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The value of attribute `w:val` (any prefix) of a tag. */
export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const a = tag.attributes as Record<string, string>;
  const direct = a['w:' + name];
  if (direct !== undefined) return direct;
  for (const k in a) if (local(k) === name) return a[k];
  return undefined;
}

/** On/off properties: present means on unless w:val is false/0/off. */
export function isOn(tag: SaxesTagPlain): boolean {
  const v = attr(tag, 'val');
  return v === undefined || !/^(false|0|off|none)$/i.test(v);
}

function int(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** Parses an XML part with handlers; saxes errors (malformed XML) propagate. */
export function walkXml(
  xml: string,
  open: (tag: SaxesTagPlain, path: readonly string[]) => void,
  close?: (name: string, path: readonly string[]) => void,
): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const path: string[] = [];
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    open(tag, path);
    if (!tag.isSelfClosing) path.push(name);
    else close?.(name, path);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    path.pop();
    close?.(local(tag.name), path);
  });
  parser.write(xml).close();
}

export function parseStyles(xml: string | undefined): Styles {
  const styles = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  if (!xml) return { styles, defaultParagraph };
  let current: StyleInfo | undefined;
  walkXml(xml, (tag, path) => {
    const name = local(tag.name);
    const parent = path[path.length - 1];
    if (name === 'style') {
      const id = attr(tag, 'styleId');
      const type = attr(tag, 'type') ?? 'paragraph';
      current = undefined;
      // Numbering styles (type numbering) carry the numPr a w:numStyleLink points through.
      if (id !== undefined && (type === 'paragraph' || type === 'numbering')) {
        current = { basedOn: undefined, numPr: undefined };
        styles.set(id, current);
        if (type === 'paragraph' && /^(1|true|on)$/i.test(attr(tag, 'default') ?? '')) defaultParagraph = id;
      }
    } else if (current && name === 'basedOn' && parent === 'style') current.basedOn = attr(tag, 'val');
    else if (current && name === 'numPr' && parent === 'pPr') current.numPr = { numId: undefined, ilvl: undefined };
    else if (current?.numPr && parent === 'numPr' && name === 'numId') current.numPr.numId = attr(tag, 'val');
    else if (current?.numPr && parent === 'numPr' && name === 'ilvl') current.numPr.ilvl = int(attr(tag, 'val'));
  });
  return { styles, defaultParagraph };
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

export function parseNumbering(xml: string | undefined): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  if (!xml) return { abstracts, nums };
  let abstract: AbstractNum | undefined;
  let num: NumInstance | undefined;
  let level: Partial<Level> | undefined;
  let overrideLevel = -1;
  walkXml(
    xml,
    (tag, path) => {
      const name = local(tag.name);
      const parent = path[path.length - 1];
      switch (name) {
        case 'abstractNum': {
          abstract = { levels: new Map(), styleLink: undefined, numStyleLink: undefined };
          abstracts.set(attr(tag, 'abstractNumId') ?? '', abstract);
          break;
        }
        case 'num': {
          num = { abstractId: '', levels: new Map(), startOverrides: new Map() };
          nums.set(attr(tag, 'numId') ?? '', num);
          break;
        }
        case 'abstractNumId':
          if (num && parent === 'num') num.abstractId = attr(tag, 'val') ?? '';
          break;
        case 'lvlOverride':
          overrideLevel = int(attr(tag, 'ilvl')) ?? 0;
          break;
        case 'startOverride':
          if (num && parent === 'lvlOverride') num.startOverrides.set(overrideLevel, int(attr(tag, 'val')) ?? 0);
          break;
        case 'lvl': {
          const ilvl = int(attr(tag, 'ilvl')) ?? (parent === 'lvlOverride' ? overrideLevel : 0);
          level = {};
          if (parent === 'abstractNum' && abstract) abstract.levels.set(ilvl, level as Level);
          else if (parent === 'lvlOverride' && num) num.levels.set(ilvl, level);
          break;
        }
        case 'styleLink':
          if (abstract && parent === 'abstractNum') abstract.styleLink = attr(tag, 'val');
          break;
        case 'numStyleLink':
          if (abstract && parent === 'abstractNum') abstract.numStyleLink = attr(tag, 'val');
          break;
        default:
          if (level && parent === 'lvl') {
            const v = attr(tag, 'val');
            if (name === 'start') level.start = int(v);
            else if (name === 'numFmt') level.format = v;
            else if (name === 'lvlText') level.text = v ?? '';
            else if (name === 'lvlRestart') level.restart = int(v);
            else if (name === 'isLgl') level.legal = isOn(tag);
            else if (name === 'suff') level.suffix = v;
            else if (name === 'pStyle') level.style = v;
          }
      }
    },
    (name) => {
      if (name === 'lvl') level = undefined;
      else if (name === 'abstractNum') abstract = undefined;
      else if (name === 'num') num = undefined;
    },
  );
  return { abstracts, nums };
}

function complete(l: Partial<Level> | undefined): Level {
  return {
    start: l?.start ?? 0,
    format: l?.format ?? 'decimal',
    text: l?.text ?? '',
    restart: l?.restart,
    legal: l?.legal ?? false,
    suffix: l?.suffix ?? 'tab',
    style: l?.style,
  };
}

/** Symbol/Wingdings bullets are private-use characters; the text shows a plain bullet. */
function bulletText(text: string): string {
  return text.replace(/[\ue000-\uf8ff]/g, '•');
}

const SUFFIX: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

/** Turns numbered paragraphs into their markers, in document order. */
export class NumberingCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly seenNums = new Set<string>();
  /** Start values of the levels overridden by the last w:num of each abstract definition used. */
  private readonly startsOf = new Map<string, Map<number, number>>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly styles: Styles,
  ) {}

  /** The numbering of a paragraph: its own numPr, else its style chain's. */
  resolve(own: NumPr | undefined, styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    let numId = own?.numId;
    let ilvl = own?.ilvl;
    let style = styleId ?? this.styles.defaultParagraph;
    const seen = new Set<string>();
    // A paragraph that states only ilvl takes numId from its style, and the reverse.
    while ((numId === undefined || ilvl === undefined) && style !== undefined && !seen.has(style)) {
      seen.add(style);
      const info = this.styles.styles.get(style);
      if (!info) break;
      if (info.numPr) {
        numId ??= info.numPr.numId;
        if (ilvl === undefined && info.numPr.ilvl !== undefined) ilvl = info.numPr.ilvl;
      }
      style = info.basedOn;
    }
    // numId 0 switches numbering off (e.g. a heading style's list removed for one paragraph).
    if (numId === undefined || numId === '0' || !this.defs.nums.has(numId)) return undefined;
    if (ilvl === undefined) ilvl = this.levelOfStyle(numId, styleId) ?? 0;
    return { numId, ilvl: Math.max(0, Math.min(8, ilvl)) };
  }

  private levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    const abs = this.abstractOf(numId);
    if (!abs) return undefined;
    for (const [ilvl, l] of abs.def.levels) if (l.style === styleId) return ilvl;
    return undefined;
  }

  /** The abstract definition of a num, following a w:numStyleLink to the one that defines it. */
  private abstractOf(numId: string): { id: string; def: AbstractNum } | undefined {
    let id = this.defs.nums.get(numId)?.abstractId;
    for (let hops = 0; id !== undefined && hops < 5; hops++) {
      const def = this.defs.abstracts.get(id);
      if (!def) return undefined;
      if (!def.numStyleLink) return { id, def };
      const link: string = def.numStyleLink;
      // The numbering style's numPr names the num whose abstract carries w:styleLink = link.
      const viaStyle = this.styles.styles.get(link)?.numPr?.numId;
      let next = viaStyle !== undefined ? this.defs.nums.get(viaStyle)?.abstractId : undefined;
      if (next === undefined || next === id) {
        next = undefined;
        for (const [aid, a] of this.defs.abstracts) if (a.styleLink === link) next = aid;
      }
      if (next === id) return { id, def };
      id = next;
    }
    return undefined;
  }

  private level(numId: string, abs: AbstractNum, ilvl: number): Level {
    const base = abs.levels.get(ilvl);
    const over = this.defs.nums.get(numId)?.levels.get(ilvl);
    return complete(over ? { ...base, ...over } : base);
  }

  /** The marker text (with what follows it) of the next paragraph of `numId` at `ilvl`. */
  next(numId: string, ilvl: number): string {
    const found = this.abstractOf(numId);
    if (!found) return '';
    const { id, def } = found;
    const num = this.defs.nums.get(numId)!;
    let counts = this.counters.get(id);
    if (!counts) {
      counts = [];
      this.counters.set(id, counts);
    }
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      if (num.startOverrides.size || num.levels.size) {
        const starts = new Map<number, number>();
        for (const [l, v] of num.startOverrides) {
          starts.set(l, v);
          counts[l] = undefined;
        }
        for (const [l, lv] of num.levels) {
          if (lv.start !== undefined && !starts.has(l)) {
            starts.set(l, lv.start);
            counts[l] = undefined;
          }
        }
        this.startsOf.set(id, starts);
      }
    }
    const starts = this.startsOf.get(id);
    const startOf = (l: number) => starts?.get(l) ?? this.level(numId, def, l).start;
    const cur = counts[ilvl];
    counts[ilvl] = cur === undefined ? startOf(ilvl) : cur + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      let r = this.level(numId, def, d).restart;
      if (r === 0) continue;
      if (r === undefined || r > d) r = d;
      if (ilvl < r) counts[d] = undefined;
    }
    const lvl = this.level(numId, def, ilvl);
    if (lvl.format === 'bullet') return bulletText(lvl.text) + (SUFFIX[lvl.suffix] ?? '\t');
    const text = lvl.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      if (l > ilvl) return '';
      const value = counts![l] ?? startOf(l);
      const own = this.level(numId, def, l).format;
      // Legal numbering shows every level in Arabic digits (Article I, Section 1.01 → 1.01).
      const fmt = lvl.legal && !(l === ilvl && own.startsWith('decimal')) ? 'decimal' : own;
      return formatNumber(value, fmt);
    });
    if (!text) return '';
    return text + (SUFFIX[lvl.suffix] ?? '\t');
  }
}
