/**
 * One typed settings object for a document: `workplan.*` (resource scope) merged with the
 * workspace's `.workplanrc.json`, turned into core analysis options.
 */
import type { AnalysisOptions, Profile, SeveritySetting } from '../core/types';

export interface WorkplanSettings {
  profile: Profile;
  /** Severity per rule id (`off|hint|info|warning|error`). */
  rules: Record<string, SeveritySetting>;
  outline: { showEnumerations: boolean };
  crossFile: { enabled: boolean };
  format: { splitRunInHeadings: boolean };
}

export const DEFAULT_SETTINGS: WorkplanSettings = {
  profile: 'common',
  rules: {},
  outline: { showEnumerations: true },
  crossFile: { enabled: false },
  format: { splitRunInHeadings: false },
};

/** The values of `workplan.rules` (and of `rules` in `.workplanrc.json`), as package.json enumerates them. */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

const SEVERITIES = new Set<string>(SEVERITY_SETTINGS);

/**
 * Merges untrusted input (client settings or the JSON config file) over the defaults, keeping
 * only well-typed values.
 */
export function mergeSettings(base: WorkplanSettings, input: unknown): WorkplanSettings {
  if (!input || typeof input !== 'object') return base;
  const o = input as Record<string, unknown>;
  const out: WorkplanSettings = {
    profile: o.profile === 'gbt' || o.profile === 'common' ? o.profile : base.profile,
    rules: { ...base.rules },
    outline: { ...base.outline },
    crossFile: { ...base.crossFile },
    format: { ...base.format },
  };
  if (o.rules && typeof o.rules === 'object') {
    for (const [k, v] of Object.entries(o.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) out.rules[k] = v as SeveritySetting;
    }
  }
  const outline = o.outline as Record<string, unknown> | undefined;
  if (outline && typeof outline.showEnumerations === 'boolean') out.outline.showEnumerations = outline.showEnumerations;
  const crossFile = o.crossFile as Record<string, unknown> | undefined;
  if (crossFile && typeof crossFile.enabled === 'boolean') out.crossFile.enabled = crossFile.enabled;
  const format = o.format as Record<string, unknown> | undefined;
  if (format && typeof format.splitRunInHeadings === 'boolean') out.format.splitRunInHeadings = format.splitRunInHeadings;
  return out;
}

/** Parses the text of a `.workplanrc.json` file (JSON only; never evaluated). */
export function parseConfigFile(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Core analysis options for these settings. */
export function toAnalysisOptions(s: WorkplanSettings): AnalysisOptions {
  const severities: Record<string, SeveritySetting> = { ...s.rules };
  if (s.crossFile.enabled && !severities['cross-file-duplicate']) severities['cross-file-duplicate'] = 'info';
  return { profile: s.profile, severities };
}

/** A stable key for caching analyses per settings. */
export function settingsKey(s: WorkplanSettings): string {
  return JSON.stringify(s);
}
