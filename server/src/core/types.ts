/**
 * Shared types of the analysis: findings, fixes, options. Rules are plain data objects
 * (see `rules/index.ts`); fixes are text edits in offsets that the editor or the CLI applies.
 */
import type { DocumentModel } from './model/model';
import type { MessageKey } from './messages';

/** A message catalogue key (re-exported for rules). */
export type MessageKeyOf = MessageKey;

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A replacement of `[start, end)` in the original text by `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A message to show, resolved in the user's language at the edge (server or CLI). */
export interface Message {
  readonly key: MessageKey;
  readonly args?: readonly (string | number)[];
}

export interface Fix {
  readonly title: Message;
  readonly edits: readonly TextEdit[];
  /** True when the fix is safe to apply without looking (used by fix-all and `--fix`). */
  readonly safe: boolean;
}

export interface RelatedLocation {
  readonly start: number;
  readonly end: number;
  readonly message: Message;
  /** Another document (cross-file findings); undefined for the same document. */
  readonly uri?: string;
  readonly line?: number;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly message: Message;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  /** Marks a diagnostic as unnecessary code (faded), e.g. a repeated copy. */
  readonly unnecessary?: boolean;
}

/**
 * What a rule reports; the runner fills in rule id and severity. A finding may carry a severity
 * above its rule's default (`mixed-width`: a letter inside a number), used unless the user set one.
 */
export type FindingInit = Omit<Finding, 'rule' | 'severity'> & { readonly severity?: Severity };

export type Profile = 'common' | 'gbt';

/** Options of one analysis, derived from `workplan.*` settings and `.workplanrc.json`. */
export interface AnalysisOptions {
  readonly profile: Profile;
  /** Severity per rule id; missing ids use the rule's default. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  /**
   * Other work-plan documents for cross-file checks (uri → text), when enabled. `version` changes
   * whenever the text does (the caller's file events and document versions say when); without
   * it the text itself is compared.
   */
  readonly otherDocuments?: ReadonlyMap<string, { title: string; text: string; version?: number }>;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { profile: 'common', severities: {} };

/** What a rule sees. */
export interface RuleContext {
  readonly text: string;
  readonly model: DocumentModel;
  readonly options: AnalysisOptions;
  readonly targets: readonly import('./facts/targets').Target[];
}

/** A rule: a plain object, one per file under `rules/`, listed in `rules/index.ts`. */
export interface Rule {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** Rule is off unless enabled in the settings. */
  readonly defaultOff?: boolean;
  /**
   * `line`: the rule reads only `context.text`, and each finding (its range, fixes and related
   * places) lies on one line and depends only on that line's text, so the rule may be run on a
   * run of whole lines alone; it reports in text order (services/incremental.ts re-runs it on the
   * lines an edit touches).
   * `target`: the rule reads `context.targets` one at a time and, of the text, only each one's
   * sentence (and the plan year); each finding lies in the sentence of the target it comes from and
   * depends on nothing else; it reports in the targets' order. It may be run on some targets alone.
   * `structure`: the rule reads the model's headings, enumerations, series, contexts and stray
   * markers, and of the text only the lines that hold one of them and lines that start with a
   * digit (`20.2026年…`, which may explain a gap); its findings lie on those lines. An edit inside
   * one other line leaves its findings as they were, moved (services/incremental.ts).
   */
  readonly locality?: 'line' | 'target' | 'structure';
  /**
   * When the rule's findings survive a quiet edit, moved: an edit inside the text of one line that
   * leaves the structure (headings, enumerations, series, contexts, stray markers, title, closing
   * lines), the web-chrome lines and the damaged lines (facts/damage.ts) as they were, in a line
   * ended by `\n` with 5 or more characters from its first to its last non-blank one, where
   * - the line, before and after the edit, holds no match of `unless`;
   * - for each `[chars, distance]` of `near`, the removed and inserted text and the `distance`
   *   characters on either side of the edit hold no match of `chars`;
   * - the edit changes nothing within `reach` characters of the line's first non-blank character
   *   and within `reachEnd` (default `reach`) of its last.
   * The rule must then depend on nothing of that line but what these conditions keep, and no
   * finding of it may touch the line (services/incremental.ts checks that one).
   */
  readonly quiet?: {
    readonly unless?: RegExp;
    readonly near?: readonly (readonly [RegExp, number])[];
    readonly reach: number;
    readonly reachEnd?: number;
  };
  readonly description: MessageKey;
  readonly tags: readonly string[];
  check(context: RuleContext, report: (finding: FindingInit) => void): void;
}
