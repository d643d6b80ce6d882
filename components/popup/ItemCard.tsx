import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { MediaMetadata } from '../../lib/api/metadata-schema';
import type { MetadataDraft } from '../../lib/draft';
import { t } from '../../lib/i18n';
import type { ItemView } from '../../lib/media/views';
import type { Settings } from '../../lib/settings/settings';
import { MetadataForm } from '../metadata-form';
import { startingDraft } from './starting-draft';

/** What a view does with an item; the popup's entrypoint sends these to the background. */
export interface ItemActions {
  onDraftChange(mediaId: string, draft: MetadataDraft): void;
  onSave(mediaId: string, metadata: MediaMetadata): void;
  onRetry(mediaId: string): void;
}

export interface ItemCardProps extends ItemActions {
  item: ItemView;
  label: string;
  settings: Settings;
  now: () => number;
}

/** An item whose upload has not finished: X has not given its media id yet, so there is nothing to describe. */
function Uploading({ item, label }: { item: ItemView; label: string }) {
  const labelId = `up${useId()}`;
  return (
    <fieldset class="popup-uploading" aria-labelledby={labelId}>
      {item.thumbnail ? (
        <img class="popup-thumb" src={item.thumbnail} alt="" />
      ) : (
        <span class="popup-thumb" aria-hidden="true" />
      )}
      <span id={labelId} class="popup-item-label">
        {label}
      </span>
      <span class="hint" role="status">
        {t('popup.uploading')}
      </span>
    </fieldset>
  );
}

// A change of the stored draft made elsewhere (the in-page prompt) is taken only this long after the last
// keystroke here, so the echo of our own, older draft/update never rolls back what the user just typed.
const QUIET_MS = 1000;

function ItemForm(props: ItemCardProps & { mediaId: string }) {
  const { item, mediaId, label, settings, now } = props;
  // Once per item (the card is keyed by media id): later TabStates carry the draft we sent, not a new start.
  const [start] = useState(() => startingDraft(item, settings));
  const [draft, setDraft] = useState(start.draft);
  const typing = useRef({ focused: false, lastEdit: Number.NEGATIVE_INFINITY });

  // Runs when the stored draft changes, and only then.
  useEffect(() => {
    const { focused, lastEdit } = typing.current;
    if (!item.draft || focused || now() - lastEdit < QUIET_MS) return;
    if (JSON.stringify(item.draft) !== JSON.stringify(draft)) setDraft(item.draft);
  }, [item.draft]);

  return (
    <div
      onFocusCapture={() => {
        typing.current.focused = true;
      }}
      onBlurCapture={() => {
        typing.current.focused = false;
      }}
    >
      <MetadataForm
        item={{
          mediaId,
          label,
          kind: item.kind,
          thumbnailUrl: item.thumbnail,
          xAltText: item.xAltText,
          reuploaded: item.reuploadedAs !== undefined,
        }}
        draft={draft}
        defaultFields={start.defaultFields}
        form={settings.endpointForm}
        status={item.status}
        now={now}
        onDraftChange={(next) => {
          typing.current.lastEdit = now();
          setDraft(next);
          props.onDraftChange(mediaId, next);
        }}
        onSave={(metadata) => props.onSave(mediaId, metadata)}
        onRetry={() => props.onRetry(mediaId)}
      />
    </div>
  );
}

/** One media item: its form once X has given a media id, "Uploading…" before. */
export function ItemCard(props: ItemCardProps) {
  const { mediaId } = props.item;
  if (!mediaId) return <Uploading item={props.item} label={props.label} />;
  // Keyed by media id: a tile that gets a new upload starts from that upload's draft.
  return <ItemForm key={mediaId} {...props} mediaId={mediaId} />;
}
