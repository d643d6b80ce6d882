import { fieldLabel } from '../../lib/api/describe';
import { t } from '../../lib/i18n';
import { ClearUnavailable } from './ClearUnavailable';
import { FieldNotes, idList, useField, useFormEnv } from './env';

type OnOffField = 'management_info' | 'shared_info';

/** Checked sends `true`; unchecking afterwards sends `false`; never touched sends nothing. */
export function OnOffField({ field }: { field: OnOffField }) {
  const env = useFormEnv();
  const state = useField(field);
  return (
    <div class="mf-check">
      <input
        type="checkbox"
        id={state.id}
        checked={env.draft[field] === true}
        disabled={state.disabled}
        aria-invalid={state.invalid}
        aria-describedby={state.describedBy}
        onChange={(event) => env.update(field, event.currentTarget.checked)}
      />
      <label for={state.id}>{fieldLabel(field)}</label>
      <FieldNotes state={state} />
      <ClearUnavailable field={field} />
    </div>
  );
}

/** Three choices, not a checkbox: "not set" leaves X's default, which a checkbox could not show honestly. */
export function DownloadField() {
  const env = useFormEnv();
  const state = useField('allow_download_status');
  const value = env.draft.allow_download_status;
  const choice = value === null ? 'unset' : value ? 'yes' : 'no';
  return (
    <div class="mf-field">
      <label class="mf-label" for={state.id}>
        {fieldLabel('allow_download_status')}
      </label>
      <select
        id={state.id}
        class="mf-input"
        value={choice}
        disabled={state.disabled}
        aria-invalid={state.invalid}
        aria-describedby={state.describedBy}
        onChange={(event) => {
          const next = event.currentTarget.value;
          env.update('allow_download_status', next === 'unset' ? null : next === 'yes');
        }}
      >
        <option value="unset">{t('form.download.unset')}</option>
        <option value="yes">{t('form.download.yes')}</option>
        <option value="no">{t('form.download.no')}</option>
      </select>
      <FieldNotes state={state} />
      <ClearUnavailable field="allow_download_status" />
    </div>
  );
}

type TextFieldName = 'content_expiration' | 'preview_image' | 'upload_source';
const HINTS: Partial<Record<TextFieldName, 'form.expiration.hint' | 'form.preview.hint'>> = {
  content_expiration: 'form.expiration.hint',
  preview_image: 'form.preview.hint',
};

export function TextField({ field }: { field: TextFieldName }) {
  const env = useFormEnv();
  const state = useField(field);
  const hint = HINTS[field];
  const hintId = `${state.id}-hint`;
  const common = {
    id: state.id,
    class: 'mf-input',
    value: env.draft[field],
    disabled: state.disabled,
    'aria-invalid': state.invalid,
    'aria-describedby': idList(hint && hintId, state.describedBy),
    onInput: (event: { currentTarget: HTMLInputElement }) => env.update(field, event.currentTarget.value),
  };
  return (
    <div class="mf-field">
      <label class="mf-label" for={state.id}>
        {fieldLabel(field)}
      </label>
      {field === 'content_expiration' ? (
        <input type="datetime-local" step={1} {...common} />
      ) : (
        <input type="text" inputMode={field === 'preview_image' ? 'numeric' : undefined} {...common} />
      )}
      {hint && (
        <span class="mf-hint" id={hintId}>
          {t(hint)}
        </span>
      )}
      <FieldNotes state={state} />
      <ClearUnavailable field={field} />
    </div>
  );
}
