import { applyDefaults, emptyDraft, type MetadataDraft } from '../../lib/draft';
import type { ItemView } from '../../lib/media/views';
import type { Settings } from '../../lib/settings/settings';

export interface StartingDraft {
  draft: MetadataDraft;
  defaultFields: ReadonlySet<string>;
}

/** The value at a defaultFields path such as `sensitive_media_warning.adult_content`. */
function valueAt(draft: MetadataDraft, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/**
 * What a form shows when the view opens: the stored draft, or a fresh one with the user's defaults. A stored draft
 * keeps the "Default" mark on fields still holding their default value, so reopening the popup looks the same.
 */
export function startingDraft(item: Pick<ItemView, 'draft'>, settings: Settings): StartingDraft {
  const fresh = applyDefaults(emptyDraft(), settings.defaults, settings.endpointForm);
  if (!item.draft) return { draft: fresh.draft, defaultFields: new Set(fresh.defaultFields) };
  const stored = item.draft;
  const kept = fresh.defaultFields.filter(
    (path) => JSON.stringify(valueAt(stored, path)) === JSON.stringify(valueAt(fresh.draft, path)),
  );
  return { draft: stored, defaultFields: new Set(kept) };
}
