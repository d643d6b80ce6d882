import { type EndpointForm, FORM_SPECS } from '../api/endpoint-forms';
import { METADATA_FIELDS, type MediaMetadata, type MetadataField } from '../api/metadata-schema';
import { AUDIENCE_KEYS, type MetadataDraft, SENSITIVE_FLAGS } from './draft';
import { draftFromMetadata } from './from-metadata';
import { buildMetadata } from './to-metadata';

export interface DraftWithDefaults {
  draft: MetadataDraft;
  /**
   * What came from the defaults: field names (`allow_download_status`), or `field.key` for the flags and audience
   * checkboxes, which are filled one by one (`sensitive_media_warning.adult_content`). Pass as `defaultFields`.
   */
  defaultFields: string[];
}

/**
 * Fills what the user has not set with their defaults from Options; a value already in the draft always wins.
 * With `form`, defaults that endpoint cannot carry are left out, so they never block saving.
 */
export function applyDefaults(draft: MetadataDraft, defaults: MediaMetadata, form?: EndpointForm): DraftWithDefaults {
  const fromDefaults = draftFromMetadata(defaults);
  const alreadySet = buildMetadata(draft);
  const accepted = new Set<MetadataField>(form ? FORM_SPECS[form].fields : METADATA_FIELDS);
  const next: MetadataDraft = structuredClone(draft);
  const defaultFields: string[] = [];
  const wanted = (field: MetadataField) => defaults[field] !== undefined && accepted.has(field);

  if (wanted('sensitive_media_warning')) {
    for (const flag of SENSITIVE_FLAGS) {
      const value = fromDefaults.sensitive_media_warning[flag];
      if (next.sensitive_media_warning[flag] !== null || value === null) continue;
      next.sensitive_media_warning[flag] = value;
      defaultFields.push(`sensitive_media_warning.${flag}`);
    }
  }
  if (wanted('audience_policy')) {
    for (const key of AUDIENCE_KEYS) {
      if (next.audience_policy[key] || !fromDefaults.audience_policy[key]) continue;
      next.audience_policy[key] = true;
      defaultFields.push(`audience_policy.${key}`);
    }
  }
  const fillable = buildMetadata(fromDefaults);
  for (const field of METADATA_FIELDS) {
    if (field === 'sensitive_media_warning' || field === 'audience_policy') continue;
    if (!wanted(field) || field in alreadySet || !(field in fillable)) continue;
    // Each slice is typed by its own key; TypeScript cannot relate the two indexed accesses.
    (next as Record<MetadataField, unknown>)[field] = structuredClone(fromDefaults[field]);
    defaultFields.push(field);
  }
  return { draft: next, defaultFields };
}
