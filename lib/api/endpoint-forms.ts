import { z } from '../zod';
import type { MediaMetadata, MetadataField } from './metadata-schema';

/**
 * The three forms of X's media metadata endpoint (shared/docs/x-api.md). The user picks one in Options; v2 is the
 * default. URLs are constants: nothing from a message or the page is ever put into a URL.
 */
export const ENDPOINT_FORMS = ['v2', 'v2-legacy', 'v1.1'] as const;
export type EndpointForm = (typeof ENDPOINT_FORMS)[number];
export const EndpointFormSchema = z.enum(ENDPOINT_FORMS);
export type AuthKind = 'oauth2' | 'oauth1';

interface FormSpec {
  url: string;
  /** The metadata fields this form can carry; anything else is refused before sending. */
  fields: readonly MetadataField[];
  auth: readonly AuthKind[];
  contentType: string;
  body(mediaId: string, metadata: MediaMetadata): unknown;
}

export const FORM_SPECS: Record<EndpointForm, FormSpec> = {
  v2: {
    url: 'https://api.x.com/2/media/metadata',
    fields: [
      'allow_download_status',
      'alt_text',
      'audience_policy',
      'content_expiration',
      'domain_restrictions',
      'found_media_origin',
      'geo_restrictions',
      'management_info',
      'preview_image',
      'sensitive_media_warning',
      'shared_info',
      'sticker_info',
      'upload_source',
    ],
    auth: ['oauth2', 'oauth1'],
    contentType: 'application/json',
    body: (id, metadata) => ({ id, metadata }),
  },
  // The early-2025 form (seed 002): media_id and the fields at the top level; upload_source is `{text}` there.
  'v2-legacy': {
    url: 'https://api.x.com/2/media/metadata/create',
    fields: ['allow_download_status', 'alt_text', 'found_media_origin', 'sticker_info', 'upload_source'],
    auth: ['oauth2', 'oauth1'],
    contentType: 'application/json',
    body: (mediaId, { upload_source, ...rest }) => ({
      media_id: mediaId,
      ...rest,
      ...(upload_source ? { upload_source: { text: upload_source.upload_source } } : {}),
    }),
  },
  // v1.1 (seed 004): alt text only, OAuth 1.0a only, and X documents the charset in the content type.
  'v1.1': {
    url: 'https://upload.twitter.com/1.1/media/metadata/create.json',
    fields: ['alt_text'],
    auth: ['oauth1'],
    contentType: 'application/json; charset=UTF-8',
    body: (mediaId, { alt_text }) => ({ media_id: mediaId, alt_text }),
  },
};

/** Fields that carry a value but that `form` does not accept. */
export function unsupportedFields(form: EndpointForm, metadata: MediaMetadata): MetadataField[] {
  const accepted = new Set(FORM_SPECS[form].fields);
  return (Object.keys(metadata) as MetadataField[]).filter((f) => metadata[f] !== undefined && !accepted.has(f));
}

export function formAcceptsAuth(form: EndpointForm, auth: AuthKind): boolean {
  return FORM_SPECS[form].auth.includes(auth);
}

/** The form a stored request was made for, from its URL. */
export function formOfUrl(url: string): EndpointForm | undefined {
  return ENDPOINT_FORMS.find((form) => FORM_SPECS[form].url === url);
}
