import { SENSITIVE_FLAGS, type SensitiveFlag } from '../../lib/draft/draft';
import { t } from '../../lib/i18n';
import { ClearUnavailable } from './ClearUnavailable';
import { FieldNotes, idList, useField, useFormEnv } from './env';

function FlagCheckbox({ flag, groupNotes }: { flag: SensitiveFlag; groupNotes: string | undefined }) {
  const env = useFormEnv();
  const state = useField(`sensitive_media_warning.${flag}`, { noteUnavailable: false });
  const flags = env.draft.sensitive_media_warning;
  return (
    <div class="mf-check">
      <input
        type="checkbox"
        id={state.id}
        checked={flags[flag] === true}
        disabled={state.disabled}
        aria-invalid={state.invalid}
        aria-describedby={idList(state.describedBy, groupNotes)}
        onChange={(event) => env.update('sensitive_media_warning', { ...flags, [flag]: event.currentTarget.checked })}
      />
      <label for={state.id}>{t(`field.sensitive_media_warning.${flag}`)}</label>
      <FieldNotes state={state} />
    </div>
  );
}

/** The three content warnings. Unchecking after checking sends `false`, so a flag set earlier is cleared on X. */
export function FlagsFields() {
  const group = useField('sensitive_media_warning', { exact: true, markDefault: false });
  return (
    <fieldset class="mf-fieldset mf-flags" aria-describedby={group.describedBy}>
      <legend class="mf-label">{t('field.sensitive_media_warning')}</legend>
      {SENSITIVE_FLAGS.map((flag) => (
        <FlagCheckbox flag={flag} key={flag} groupNotes={group.describedBy} />
      ))}
      <FieldNotes state={group} />
      <ClearUnavailable field="sensitive_media_warning" />
    </fieldset>
  );
}
