import type { MediaMetadata, Sticker } from '../api/metadata-schema';
import { secondsToLocalInput } from './datetime';
import { emptyDraft, emptySticker, type MetadataDraft, STICKER_KEYS, type StickerDraft } from './draft';

const text = (value: number | string | undefined): string => (value === undefined ? '' : String(value));

function stickerDraft(sticker: Sticker): StickerDraft {
  const draft = emptySticker();
  for (const key of STICKER_KEYS) draft[key] = text(sticker[key]);
  return draft;
}

function geoDraft(geo: NonNullable<MediaMetadata['geo_restrictions']>): MetadataDraft['geo_restrictions'] {
  const allowed = geo.whitelisted_country_codes;
  const blocked = geo.blacklisted_country_codes;
  if (allowed.length > 0) return { mode: 'allow', countries: allowed.map((code) => code.toUpperCase()) };
  if (blocked.length > 0) return { mode: 'block', countries: blocked.map((code) => code.toUpperCase()) };
  return { mode: 'none', countries: [] };
}

/**
 * The draft that shows `metadata` (what was sent, a stored default, …). Empty groups such as
 * `{ allow_download_status: {} }` become "not set", since they tell X nothing.
 */
export function draftFromMetadata(metadata: MediaMetadata): MetadataDraft {
  const draft = emptyDraft();
  const warning = metadata.sensitive_media_warning;
  const audience = metadata.audience_policy;
  const expiration = metadata.content_expiration?.timestamp_sec;
  return {
    ...draft,
    alt_text: metadata.alt_text?.text ?? '',
    sensitive_media_warning: {
      adult_content: warning?.adult_content ?? null,
      graphic_violence: warning?.graphic_violence ?? null,
      other: warning?.other ?? null,
    },
    allow_download_status: metadata.allow_download_status?.allow_download ?? null,
    audience_policy: {
      creator_subscriptions: (audience?.creator_subscriptions?.length ?? 0) > 0,
      x_subscriptions: (audience?.x_subscriptions?.length ?? 0) > 0,
    },
    content_expiration: expiration === undefined ? '' : secondsToLocalInput(expiration),
    domain_restrictions: [...(metadata.domain_restrictions?.whitelist ?? [])],
    found_media_origin: {
      provider: metadata.found_media_origin?.provider ?? '',
      id: metadata.found_media_origin?.id ?? '',
    },
    geo_restrictions: metadata.geo_restrictions ? geoDraft(metadata.geo_restrictions) : draft.geo_restrictions,
    management_info: metadata.management_info?.managed ?? null,
    preview_image: metadata.preview_image?.media_key.media ?? '',
    shared_info: metadata.shared_info?.shared ?? null,
    sticker_info: (metadata.sticker_info?.stickers ?? []).map(stickerDraft),
    upload_source: metadata.upload_source?.upload_source ?? '',
  };
}
