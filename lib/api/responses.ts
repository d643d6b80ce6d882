import { z } from '../zod';

/**
 * What X sends back, parsed leniently: X adds fields over time (its later specs loosened several sub-objects), so
 * unknown keys pass and only what the extension reads is checked.
 */

const optionalString = () => z.optional(z.string());

export const ProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  detail: optionalString(),
  status: z.optional(z.number()),
});

export const InvalidRequestProblemSchema = z.extend(ProblemSchema, {
  errors: z.optional(
    z.array(
      z.looseObject({
        message: optionalString(),
        parameters: z.optional(z.record(z.string(), z.array(z.unknown()))),
      }),
    ),
  ),
});

export const UsageCappedProblemSchema = z.extend(ProblemSchema, { period: optionalString(), scope: optionalString() });

/** The 200 body of the v2 forms. It may carry `errors` beside `data` (a partial success). */
export const MetadataResponseSchema = z.looseObject({
  data: z.optional(
    z.looseObject({
      id: optionalString(),
      associated_metadata: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
  errors: z.optional(z.array(ProblemSchema)),
});

/** The older shape, still used by 429s and the v1.1 endpoint: `{"errors":[{"code":88,"message":"…"}]}`. */
export const LegacyErrorsSchema = z.looseObject({
  errors: z.array(z.looseObject({ code: z.number(), message: z.string() })).check(z.minLength(1)),
});

export const UserSchema = z.looseObject({ id: z.string(), username: z.string(), name: optionalString() });
export const UsersMeResponseSchema = z.looseObject({ data: UserSchema });

export type Problem = z.infer<typeof ProblemSchema>;
export type XUser = z.infer<typeof UserSchema>;

/**
 * The problem's kind from its `type` URI: `invalid-request`, `usage-capped`, … X has used both
 * `https://api.twitter.com/2/problems/…` and `https://api.x.com/2/problems/…`, so only the last segment counts.
 */
export function problemKind(type: string): string {
  return type === 'about:blank' ? 'about:blank' : (type.split('/').pop() ?? type);
}
