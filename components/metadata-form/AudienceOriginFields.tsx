import { fieldLabel } from '../../lib/api/describe';
import { codePointLength, ORIGIN_ID_MAX, PROVIDER_MAX } from '../../lib/api/metadata-schema';
import { AUDIENCE_KEYS, type AudienceKey } from '../../lib/draft/draft';
import { t } from '../../lib/i18n';
import { ClearUnavailable } from './ClearUnavailable';
import { FieldNotes, idList, useField, useFormEnv } from './env';

const AUDIENCE_LABELS = { creator_subscriptions: 'form.audience.creator', x_subscriptions: 'form.audience.x' } as const;

function AudienceCheckbox({ audience }: { audience: AudienceKey }) {
  const env = useFormEnv();
  const state = useField(`audience_policy.${audience}`, { noteUnavailable: false });
  const policy = env.draft.audience_policy;
  return (
    <div class="mf-check">
      <input
        type="checkbox"
        id={state.id}
        checked={policy[audience]}
        disabled={state.disabled}
        aria-invalid={state.invalid}
        aria-describedby={state.describedBy}
        onChange={(event) => env.update('audience_policy', { ...policy, [audience]: event.currentTarget.checked })}
      />
      <label for={state.id}>{t(AUDIENCE_LABELS[audience])}</label>
      <FieldNotes state={state} />
    </div>
  );
}

export function AudienceField() {
  const group = useField('audience_policy', { exact: true, markDefault: false });
  const hintId = `${group.id}-hint`;
  return (
    <fieldset class="mf-fieldset" aria-describedby={idList(hintId, group.describedBy)}>
      <legend class="mf-label">{fieldLabel('audience_policy')}</legend>
      <span class="mf-hint" id={hintId}>
        {t('form.audience.hint')}
      </span>
      {AUDIENCE_KEYS.map((audience) => (
        <AudienceCheckbox audience={audience} key={audience} />
      ))}
      <FieldNotes state={group} />
      <ClearUnavailable field="audience_policy" />
    </fieldset>
  );
}

function OriginInput({ part, max }: { part: 'provider' | 'id'; max: number }) {
  const env = useFormEnv();
  const state = useField(`found_media_origin.${part}`, { noteUnavailable: false, markDefault: false });
  const origin = env.draft.found_media_origin;
  const length = codePointLength(origin[part]);
  const countId = `${state.id}-count`;
  return (
    <div class="mf-field">
      <label class="mf-label" for={state.id}>
        {fieldLabel(`found_media_origin.${part}`)}
      </label>
      <input
        id={state.id}
        class="mf-input"
        value={origin[part]}
        disabled={state.disabled}
        aria-invalid={state.invalid || length > max}
        aria-describedby={idList(countId, state.describedBy)}
        onInput={(event) => env.update('found_media_origin', { ...origin, [part]: event.currentTarget.value })}
      />
      <span id={countId} class={length > max ? 'mf-count mf-count-limit' : 'mf-count'}>
        {t('form.count', { n: length, max })}
      </span>
      <FieldNotes state={state} />
    </div>
  );
}

export function OriginField() {
  const group = useField('found_media_origin', { exact: true });
  const hintId = `${group.id}-hint`;
  return (
    <fieldset class="mf-fieldset" aria-describedby={idList(hintId, group.describedBy)}>
      <legend class="mf-label">{fieldLabel('found_media_origin')}</legend>
      <span class="mf-hint" id={hintId}>
        {t('form.origin.hint')}
      </span>
      <OriginInput part="provider" max={PROVIDER_MAX} />
      <OriginInput part="id" max={ORIGIN_ID_MAX} />
      <FieldNotes state={group} />
      <ClearUnavailable field="found_media_origin" />
    </fieldset>
  );
}
