/**
 * Every rule, in one list. Add a rule: write `rules/<id>.ts` exporting a `Rule`, import it here,
 * add its messages to `messages.ts` and an example to the README.
 */
import type { Rule } from '../types';

export const RULES: readonly Rule[] = [];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
