import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EndpointForm } from '../../lib/api/endpoint-forms';
import { METADATA_FIELDS, type MediaMetadata, type MetadataField } from '../../lib/api/metadata-schema';
import type { FieldProblem } from '../../lib/api/rules';
import { describeProblem } from '../../lib/draft/describe';
import type { MetadataDraft } from '../../lib/draft/draft';
import { buildMetadata, draftToMetadata } from '../../lib/draft/to-metadata';
import { t } from '../../lib/i18n';
import type { ItemStatus } from '../../lib/media/item-status';
import { AltTextField } from './AltTextField';
import { type FormEnv, FormEnvContext } from './env';
import { FlagsFields } from './FlagsFields';
import { ItemHeader } from './ItemHeader';
import { MoreOptions } from './MoreOptions';
import { StatusLine } from './StatusLine';
import './form.css';

export interface MetadataFormItem {
  mediaId: string;
  /** The group's name, e.g. "Image 1". */
  label: string;
  kind: 'image' | 'gif' | 'video';
  thumbnailUrl?: string;
  /** The description the user typed in X's own media editor (X sends it itself at Post time). */
  xAltText?: string;
  /** X refused metadata on the page's upload; the extension uploaded it again with the user's app. */
  reuploaded?: boolean;
}

export interface MetadataFormProps {
  item: MetadataFormItem;
  draft: MetadataDraft;
  /** From applyDefaults: the fields to mark "Default". */
  defaultFields: ReadonlySet<string>;
  form: EndpointForm;
  status: ItemStatus;
  /** Milliseconds; decides whether a content expiration is past, and formats "until" times. */
  now: () => number;
  /** On every keystroke, with the whole new draft. */
  onDraftChange(draft: MetadataDraft): void;
  /** Only with metadata that passed every check for `form`. */
  onSave(metadata: MediaMetadata): void;
  onRetry(): void;
  /**
   * Shown right under "Alt text" (the prompt's suggestions). Given the field, for inserting at its cursor; the form
   * itself does nothing more with it.
   */
  altTextExtra?: (altField: () => HTMLTextAreaElement | null) => ComponentChildren;
}

const FIRST_VIEW: ReadonlySet<MetadataField> = new Set(['alt_text', 'sensitive_media_warning']);
const isMetadataField = (name: string): name is MetadataField => (METADATA_FIELDS as string[]).includes(name);
const fieldOf = (problem: FieldProblem) => problem.path.split('.')[0] ?? '';
const inMoreOptions = (problem: FieldProblem) => {
  const field = fieldOf(problem);
  return isMetadataField(field) && !FIRST_VIEW.has(field);
};
// The first invalid control that can take focus; a disabled field's Clear button stands in for it.
const INVALID_TARGET = '[aria-invalid="true"]:not(:disabled), [data-invalid-target]';

/** One media item's metadata: alt text, flags, every other field behind "More options", Save and status. */
export function MetadataForm(props: MetadataFormProps) {
  const { item, draft, defaultFields, form, status, now, onDraftChange, onSave, onRetry } = props;
  // The media id too: useId alone repeats across separate render roots (one per item in some views).
  const idBase = `mf${useId()}-${item.mediaId.replace(/\W/g, '')}`;
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const [attempted, setAttempted] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  // After a refused Save, the problems follow the draft as the user fixes them.
  const ours = attempted ? draftToMetadata(draft, { now: now(), form }) : undefined;
  const fromX = status.kind === 'failed' ? status.problems : [];
  const problems = [...(ours && !ours.ok ? ours.problems : []), ...fromX];
  const general = problems.filter((problem) => !isMetadataField(fieldOf(problem))).map(describeProblem);

  // X's problems may point inside "More options": open it so they are seen next to their fields.
  useEffect(() => {
    if (status.kind === 'failed' && status.problems.some(inMoreOptions)) setMoreOpen(true);
  }, [status]);
  useEffect(() => {
    if (focusRequest > 0) groupRef.current?.querySelector<HTMLElement>(INVALID_TARGET)?.focus();
  }, [focusRequest]);

  const env: FormEnv = {
    idBase,
    form,
    draft,
    problems,
    defaultFields,
    xAltText: item.xAltText,
    update: (field, value) => onDraftChange({ ...draft, [field]: value }),
  };

  const save = () => {
    const result = draftToMetadata(draft, { now: now(), form });
    if (result.ok) {
      setAttempted(false);
      onSave(result.metadata);
      return;
    }
    setAttempted(true);
    if (result.problems.some(inMoreOptions)) setMoreOpen(true);
    setFocusRequest((count) => count + 1);
  };

  const labelId = `${idBase}-label`;
  const moreId = `${idBase}-more`;
  const moreSetId = `${idBase}-more-set`;
  const moreSet = Object.keys(buildMetadata(draft)).filter((field) => !FIRST_VIEW.has(field as MetadataField)).length;
  const refused = ours !== undefined && !ours.ok;

  return (
    <FormEnvContext.Provider value={env}>
      <fieldset class="mf" aria-labelledby={labelId} ref={groupRef} data-media-id={item.mediaId}>
        <ItemHeader item={item} labelId={labelId} />
        {item.reuploaded && <p class="mf-hint mf-notice">{t('form.reuploaded')}</p>}
        <AltTextField />
        {props.altTextExtra?.(() => groupRef.current?.querySelector<HTMLTextAreaElement>('.mf-alt textarea') ?? null)}
        <FlagsFields />
        <div class="mf-more-toggle">
          <button
            type="button"
            class="mf-button mf-button-quiet"
            aria-expanded={moreOpen}
            aria-controls={moreOpen ? moreId : undefined}
            aria-describedby={moreSet > 0 ? moreSetId : undefined}
            onClick={() => setMoreOpen(!moreOpen)}
          >
            {t('form.more')}
          </button>
          {moreSet > 0 && (
            <span class="mf-hint" id={moreSetId}>
              {t('form.more.count', { n: moreSet })}
            </span>
          )}
        </div>
        {moreOpen && <MoreOptions id={moreId} />}
        <div class="mf-actions">
          {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page mid-save. */}
          <button
            type="button"
            class="mf-button mf-button-primary"
            aria-disabled={status.kind === 'saving'}
            onClick={() => status.kind !== 'saving' && save()}
          >
            {t('form.save')}
          </button>
          <StatusLine
            status={status}
            now={now()}
            note={refused ? t('form.fixProblems') : undefined}
            general={general}
            onRetry={onRetry}
          />
        </div>
      </fieldset>
    </FormEnvContext.Provider>
  );
}
