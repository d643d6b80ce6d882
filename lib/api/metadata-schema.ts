import { z } from '../zod';
import { RULE, type Rule } from './rules';

/**
 * The request of `POST /2/media/metadata`, field by field as X's OpenAPI contract (spec 2.166,
 * spec/x-api-v2-media-metadata.openapi.txt) defines it. This file is the single source of the metadata types:
 * the form, the message contract and the API client all derive from it.
 *
 * Objects are strict (an unknown key is refused, never sent or dropped silently). Each `error` names a rule from
 * ./rules so field-errors.ts can say what is wrong in the user's words.
 */

/** `maxLength` in a JSON Schema counts Unicode code points, so an emoji counts once, as a person would count it. */
export const codePointLength = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

export const ALT_TEXT_MAX = 1000;
export const PROVIDER_MAX = 8;
export const ORIGIN_ID_MAX = 24;
export const STICKERS_MAX = 25;

/** A type error on a value that is absent means the field is required. */
const need = (rule: Rule) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? RULE.required : rule),
});
/** A strict object: unknown keys are refused; a missing one is reported as required. */
const group = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => z.strictObject(shape, need(RULE.invalid));
const maxChars = (max: number) => (text: string) => codePointLength(text) <= max;
const isLong = (value: number) => Number.isSafeInteger(value);

export const MediaIdSchema = z.string(need(RULE.text)).regex(/^[0-9]{1,19}$/, { error: RULE.mediaId });

export const AltTextSchema = group({
  text: z
    .string(need(RULE.text))
    .refine(maxChars(ALT_TEXT_MAX), { error: RULE.maxChars, params: { max: ALT_TEXT_MAX } }),
});

export const AllowDownloadStatusSchema = group({ allow_download: z.boolean(need(RULE.boolean)).optional() });

const AudienceValues = z.array(z.literal('Any', { error: RULE.audienceAny }), need(RULE.list));
export const AudiencePolicySchema = group({
  creator_subscriptions: AudienceValues.optional(),
  x_subscriptions: AudienceValues.optional(),
});

export const ContentExpirationSchema = group({
  timestamp_sec: z.number(need(RULE.number)).refine(isLong, { error: RULE.unixSeconds }),
});

// The contract allows any string; a domain that is not a host name could never match, so it is refused here.
const DOMAIN = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;
export const DomainRestrictionsSchema = group({
  whitelist: z.array(z.string(need(RULE.text)).regex(DOMAIN, { error: RULE.domain }), need(RULE.list)),
});

export const FoundMediaOriginSchema = group({
  provider: z
    .string(need(RULE.text))
    .refine(maxChars(PROVIDER_MAX), { error: RULE.maxChars, params: { max: PROVIDER_MAX } }),
  id: z
    .string(need(RULE.text))
    .refine(maxChars(ORIGIN_ID_MAX), { error: RULE.maxChars, params: { max: ORIGIN_ID_MAX } }),
});

const CountryCode = z.string(need(RULE.text)).regex(/^[a-zA-Z]{2}$/, { error: RULE.countryCode });
/** The contract's `oneOf`: a non-empty allow list with an empty block list, or the reverse. */
export const GeoRestrictionsSchema = z
  .strictObject({
    whitelisted_country_codes: z.array(CountryCode, need(RULE.list)),
    blacklisted_country_codes: z.array(CountryCode, need(RULE.list)),
  })
  .refine((geo) => geo.whitelisted_country_codes.length > 0 !== geo.blacklisted_country_codes.length > 0, {
    error: RULE.geoEitherOr,
  });

export const ManagementInfoSchema = group({ managed: z.boolean(need(RULE.boolean)) });

export const PreviewImageSchema = group({
  media_key: group({
    media: MediaIdSchema.optional(),
    media_category: z.literal('TweetImage', { error: RULE.previewCategory }).optional(),
  }),
});

export const SensitiveMediaWarningSchema = group({
  adult_content: z.boolean(need(RULE.boolean)).optional(),
  graphic_violence: z.boolean(need(RULE.boolean)).optional(),
  other: z.boolean(need(RULE.boolean)).optional(),
});

export const SharedInfoSchema = group({ shared: z.boolean(need(RULE.boolean)) });

const finite = () => z.number(need(RULE.number)).refine(Number.isFinite, need(RULE.number));
const long = () => z.number(need(RULE.number)).refine(isLong, { error: RULE.wholeNumber });
export const StickerSchema = group({
  aspect_ratio: finite().optional(),
  group_annotation_id: long().optional(),
  id: z.string(need(RULE.text)).optional(),
  sticker_set_annotation_id: long().optional(),
  transform_a: finite().optional(),
  transform_b: finite().optional(),
  transform_c: finite().optional(),
  transform_d: finite().optional(),
  transform_tx: finite().optional(),
  transform_ty: finite().optional(),
});

export const StickerInfoSchema = group({
  stickers: z
    .array(StickerSchema, need(RULE.list))
    .min(1, { error: RULE.minItems })
    .max(STICKERS_MAX, { error: RULE.maxItems }),
});

export const UploadSourceSchema = group({ upload_source: z.string(need(RULE.text)) });

export const MediaMetadataSchema = group({
  allow_download_status: AllowDownloadStatusSchema.optional(),
  alt_text: AltTextSchema.optional(),
  audience_policy: AudiencePolicySchema.optional(),
  content_expiration: ContentExpirationSchema.optional(),
  domain_restrictions: DomainRestrictionsSchema.optional(),
  found_media_origin: FoundMediaOriginSchema.optional(),
  geo_restrictions: GeoRestrictionsSchema.optional(),
  management_info: ManagementInfoSchema.optional(),
  preview_image: PreviewImageSchema.optional(),
  sensitive_media_warning: SensitiveMediaWarningSchema.optional(),
  shared_info: SharedInfoSchema.optional(),
  sticker_info: StickerInfoSchema.optional(),
  upload_source: UploadSourceSchema.optional(),
});

export const MetadataRequestSchema = group({
  id: MediaIdSchema,
  metadata: MediaMetadataSchema.optional(),
});

export type MediaId = z.infer<typeof MediaIdSchema>;
export type MediaMetadata = z.infer<typeof MediaMetadataSchema>;
export type MetadataField = keyof MediaMetadata;
export type MetadataRequest = z.infer<typeof MetadataRequestSchema>;
export type Sticker = z.infer<typeof StickerSchema>;

export const METADATA_FIELDS = Object.keys(MediaMetadataSchema.shape) as MetadataField[];
