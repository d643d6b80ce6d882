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

const text = () => z.string(need(RULE.text));
const chars = (max: number) => text().check(z.refine(maxChars(max), { error: RULE.maxChars, params: { max } }));
const flag = () => z.optional(z.boolean(need(RULE.boolean)));

export const MediaIdSchema = text().check(z.regex(/^[0-9]{1,19}$/, { error: RULE.mediaId }));

export const AltTextSchema = group({ text: chars(ALT_TEXT_MAX) });

export const AllowDownloadStatusSchema = group({ allow_download: flag() });

const AudienceValues = z.optional(z.array(z.literal('Any', { error: RULE.audienceAny }), need(RULE.list)));
export const AudiencePolicySchema = group({ creator_subscriptions: AudienceValues, x_subscriptions: AudienceValues });

export const ContentExpirationSchema = group({
  timestamp_sec: z.number(need(RULE.number)).check(z.refine(isLong, { error: RULE.unixSeconds })),
});

// The contract allows any string; a domain that is not a host name could never match, so it is refused here.
const DOMAIN = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;
export const DomainRestrictionsSchema = group({
  whitelist: z.array(text().check(z.regex(DOMAIN, { error: RULE.domain })), need(RULE.list)),
});

export const FoundMediaOriginSchema = group({ provider: chars(PROVIDER_MAX), id: chars(ORIGIN_ID_MAX) });

const CountryCode = text().check(z.regex(/^[a-zA-Z]{2}$/, { error: RULE.countryCode }));
/** The contract's `oneOf`: a non-empty allow list with an empty block list, or the reverse. */
export const GeoRestrictionsSchema = group({
  whitelisted_country_codes: z.array(CountryCode, need(RULE.list)),
  blacklisted_country_codes: z.array(CountryCode, need(RULE.list)),
}).check(
  z.refine((geo) => geo.whitelisted_country_codes.length > 0 !== geo.blacklisted_country_codes.length > 0, {
    error: RULE.geoEitherOr,
  }),
);

export const ManagementInfoSchema = group({ managed: z.boolean(need(RULE.boolean)) });

export const PreviewImageSchema = group({
  media_key: group({
    media: z.optional(MediaIdSchema),
    media_category: z.optional(z.literal('TweetImage', { error: RULE.previewCategory })),
  }),
});

export const SensitiveMediaWarningSchema = group({ adult_content: flag(), graphic_violence: flag(), other: flag() });

export const SharedInfoSchema = group({ shared: z.boolean(need(RULE.boolean)) });

const finite = () => z.optional(z.number(need(RULE.number)).check(z.refine(Number.isFinite, { error: RULE.number })));
const long = () => z.optional(z.number(need(RULE.number)).check(z.refine(isLong, { error: RULE.wholeNumber })));
export const StickerSchema = group({
  aspect_ratio: finite(),
  group_annotation_id: long(),
  id: z.optional(text()),
  sticker_set_annotation_id: long(),
  transform_a: finite(),
  transform_b: finite(),
  transform_c: finite(),
  transform_d: finite(),
  transform_tx: finite(),
  transform_ty: finite(),
});

export const StickerInfoSchema = group({
  stickers: z
    .array(StickerSchema, need(RULE.list))
    .check(z.minLength(1, { error: RULE.minItems }), z.maxLength(STICKERS_MAX, { error: RULE.maxItems })),
});

export const UploadSourceSchema = group({ upload_source: text() });

export const MediaMetadataSchema = group({
  allow_download_status: z.optional(AllowDownloadStatusSchema),
  alt_text: z.optional(AltTextSchema),
  audience_policy: z.optional(AudiencePolicySchema),
  content_expiration: z.optional(ContentExpirationSchema),
  domain_restrictions: z.optional(DomainRestrictionsSchema),
  found_media_origin: z.optional(FoundMediaOriginSchema),
  geo_restrictions: z.optional(GeoRestrictionsSchema),
  management_info: z.optional(ManagementInfoSchema),
  preview_image: z.optional(PreviewImageSchema),
  sensitive_media_warning: z.optional(SensitiveMediaWarningSchema),
  shared_info: z.optional(SharedInfoSchema),
  sticker_info: z.optional(StickerInfoSchema),
  upload_source: z.optional(UploadSourceSchema),
});

export const MetadataRequestSchema = group({ id: MediaIdSchema, metadata: z.optional(MediaMetadataSchema) });

export type MediaId = z.infer<typeof MediaIdSchema>;
export type MediaMetadata = z.infer<typeof MediaMetadataSchema>;
export type MetadataField = keyof MediaMetadata;
export type MetadataRequest = z.infer<typeof MetadataRequestSchema>;
export type Sticker = z.infer<typeof StickerSchema>;

export const METADATA_FIELDS = Object.keys(MediaMetadataSchema.shape) as MetadataField[];
