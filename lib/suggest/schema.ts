import { z } from '../zod';

/** One remembered description: what the user applied to a picture, and how to know the picture again. */
export const EarlierEntrySchema = z.strictObject({
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** fingerprint.ts's thumbnail (base64 of 512 bytes). */
  thumb: z.string().check(z.maxLength(700)),
  text: z.string().check(z.minLength(1), z.maxLength(1000)),
  usedAt: z.number(),
  /** The picture's average colour, "rrggbb" (fingerprint.ts toneOf). */
  tone: z.optional(z.string().check(z.regex(/^[0-9a-f]{6}$/))),
  /** Words read in the picture when it was described, if any: two pictures that look alike but say different things never match. */
  words: z.optional(z.string().check(z.maxLength(300))),
});
export type EarlierEntry = z.infer<typeof EarlierEntrySchema>;

export const SuggestSettingsSchema = z.strictObject({ ocr: z.boolean(), earlier: z.boolean(), model: z.boolean() });
