import type { MetadataField } from '../api/metadata-schema';
import { z } from '../zod';

/**
 * What the user is editing for one media item, keyed like MediaMetadata so each field maps to one slice. Text
 * inputs stay strings (a half-typed "1." or "2026-0" is never lost), and the draft is plain JSON because it is
 * stored from the first keystroke. The schema lets storage validate a draft it reads back.
 */

/** `null` means "not set": the field is not sent, and X keeps its own default. */
const Tristate = z.nullable(z.boolean());

export const STICKER_KEYS = [
  'id',
  'aspect_ratio',
  'group_annotation_id',
  'sticker_set_annotation_id',
  'transform_a',
  'transform_b',
  'transform_c',
  'transform_d',
  'transform_tx',
  'transform_ty',
] as const;
export type StickerKey = (typeof STICKER_KEYS)[number];

export const StickerDraftSchema = z.strictObject(
  Object.fromEntries(STICKER_KEYS.map((key) => [key, z.string()])) as Record<StickerKey, z.ZodMiniString>,
);

export const GEO_MODES = ['none', 'allow', 'block'] as const;
export type GeoMode = (typeof GEO_MODES)[number];

export const MetadataDraftSchema = z.strictObject({
  alt_text: z.string(),
  sensitive_media_warning: z.strictObject({ adult_content: Tristate, graphic_violence: Tristate, other: Tristate }),
  allow_download_status: Tristate,
  /** Each checkbox means the list `["Any"]`, the only value X accepts. */
  audience_policy: z.strictObject({ creator_subscriptions: z.boolean(), x_subscriptions: z.boolean() }),
  /** A `datetime-local` value in the user's time zone, e.g. `2026-05-01T18:30`. */
  content_expiration: z.string(),
  domain_restrictions: z.array(z.string()),
  found_media_origin: z.strictObject({ provider: z.string(), id: z.string() }),
  /** One list and a mode, so the allow and block lists can never both be sent. */
  geo_restrictions: z.strictObject({ mode: z.enum(GEO_MODES), countries: z.array(z.string()) }),
  management_info: Tristate,
  preview_image: z.string(),
  shared_info: Tristate,
  sticker_info: z.array(StickerDraftSchema),
  upload_source: z.string(),
});

export type MetadataDraft = z.infer<typeof MetadataDraftSchema>;
export type StickerDraft = z.infer<typeof StickerDraftSchema>;
export type SensitiveFlag = keyof MetadataDraft['sensitive_media_warning'];
export type AudienceKey = keyof MetadataDraft['audience_policy'];

export const SENSITIVE_FLAGS: readonly SensitiveFlag[] = ['adult_content', 'graphic_violence', 'other'];
export const AUDIENCE_KEYS: readonly AudienceKey[] = ['creator_subscriptions', 'x_subscriptions'];

// Compile-time check that the draft has exactly one slice per metadata field.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : never) : never;
const _slicePerField: SameKeys<MetadataDraft, Record<MetadataField, unknown>> = true;
void _slicePerField;

export function emptySticker(): StickerDraft {
  return Object.fromEntries(STICKER_KEYS.map((key) => [key, ''])) as StickerDraft;
}

export function emptyDraft(): MetadataDraft {
  return {
    alt_text: '',
    sensitive_media_warning: { adult_content: null, graphic_violence: null, other: null },
    allow_download_status: null,
    audience_policy: { creator_subscriptions: false, x_subscriptions: false },
    content_expiration: '',
    domain_restrictions: [],
    found_media_origin: { provider: '', id: '' },
    geo_restrictions: { mode: 'none', countries: [] },
    management_info: null,
    preview_image: '',
    shared_info: null,
    sticker_info: [],
    upload_source: '',
  };
}
