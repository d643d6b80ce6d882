import { ENDPOINT_FORMS } from '../api/endpoint-forms';
import { MediaMetadataSchema } from '../api/metadata-schema';
import { LOCALES } from '../i18n/locales';
import { z } from '../zod';

/** What happens when a post has media without alt text (like Bluesky's "require alt text"). */
export const POSTING_RULES = ['allow', 'remind', 'require'] as const;
export type PostingRule = (typeof POSTING_RULES)[number];

export const SettingsSchema = z.object({
  endpointForm: z.enum(ENDPOINT_FORMS),
  postingRule: z.enum(POSTING_RULES),
  promptOnUpload: z.boolean(),
  /** Metadata applied to every upload unless the user changes it on the item (e.g. allow download: off). */
  defaults: MediaMetadataSchema,
  /** 'auto' follows the browser's language. */
  locale: z.enum(['auto', ...LOCALES]),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  endpointForm: 'v2',
  postingRule: 'remind',
  promptOnUpload: true,
  defaults: {},
  locale: 'auto',
};

/** A settings change from the options page: any subset of the fields. */
export const SettingsPatchSchema = z.partial(z.strictObject(SettingsSchema.shape));
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
