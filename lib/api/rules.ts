import type { z } from '../zod';

/**
 * The validation rules the metadata schemas can break, each a message key (lib/i18n) that says in words what the
 * rule wants. Schemas pass these as zod `error`s, so an issue's message is always one of them.
 */
export const RULE = {
  required: 'rule.required',
  text: 'rule.text',
  number: 'rule.number',
  wholeNumber: 'rule.wholeNumber',
  unixSeconds: 'rule.unixSeconds',
  boolean: 'rule.boolean',
  list: 'rule.list',
  maxChars: 'rule.maxChars',
  minItems: 'rule.minItems',
  maxItems: 'rule.maxItems',
  mediaId: 'rule.mediaId',
  domain: 'rule.domain',
  countryCode: 'rule.countryCode',
  geoEitherOr: 'rule.geoEitherOr',
  audienceAny: 'rule.audienceAny',
  previewCategory: 'rule.previewCategory',
  unknownField: 'rule.unknownField',
  notInForm: 'rule.notInForm',
  invalid: 'rule.invalid',
} as const;

export type Rule = (typeof RULE)[keyof typeof RULE];

const KNOWN_RULES = new Set<string>(Object.values(RULE));

/** A rule broken at a place in the request, with the numbers the message needs. Serializable. */
export interface FieldProblem {
  /** Dotted path inside the metadata object, e.g. `alt_text.text` or `sticker_info.stickers.3.transform_a`. */
  path: string;
  rule: Rule;
  params: Record<string, string | number>;
}

/** Turns zod issues into field problems; an issue whose message is not a rule (zod's own) becomes `invalid`. */
export function toFieldProblems(
  issues: readonly z.core.$ZodIssue[],
  pathPrefix: readonly PropertyKey[] = [],
): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      return toFieldProblems(issue.errors[0] ?? [], issue.path);
    }
    const path = [...pathPrefix, ...issue.path].map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), rule: RULE.unknownField, params: {} }));
    }
    const params: Record<string, string | number> = {};
    const custom = issue.code === 'custom' ? (issue.params ?? {}) : {};
    for (const [key, value] of Object.entries(custom)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
    if (issue.code === 'too_big') params.max = Number(issue.maximum);
    if (issue.code === 'too_small') params.min = Number(issue.minimum);
    const rule = KNOWN_RULES.has(issue.message) ? (issue.message as Rule) : RULE.invalid;
    return [{ path: path.join('.'), rule, params }];
  });
}
