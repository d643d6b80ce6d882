import { useState } from 'preact/hooks';
import { ALT_TEXT_MAX, codePointLength } from '../../lib/api/metadata-schema';
import { RULE } from '../../lib/api/rules';
import { t } from '../../lib/i18n';
import { FieldNotes, idList, useField, useFormEnv } from './env';

const NEAR_LIMIT = ALT_TEXT_MAX - 100;

/**
 * What the polite live region says. It changes only when the text crosses a threshold, so a screen reader is not
 * told the count on every keystroke; the exact count is in the description, read when the field is focused.
 */
function announcement(length: number): string {
  if (length > ALT_TEXT_MAX) return t('form.alt.overLive', { max: ALT_TEXT_MAX });
  if (length === ALT_TEXT_MAX) return t('form.alt.atLimit', { max: ALT_TEXT_MAX });
  return length >= NEAR_LIMIT ? t('form.alt.near') : '';
}

/**
 * The description, counted in code points as X counts it (🐱 is 1, e + combining accent is 2), never cut.
 *
 * X's own description (typed in X's media editor) is the field's text until the user edits it here: X sends it itself
 * at Post time, so nothing is sent for it by us. Once the user writes here, theirs is the one X keeps (X's own call
 * carries it too), and the form says so.
 */
export function AltTextField() {
  const env = useFormEnv();
  const state = useField('alt_text');
  const [edited, setEdited] = useState(false);
  const fromX = env.xAltText?.trim() ?? '';
  const showsX = fromX !== '' && env.draft.alt_text === '' && !edited;
  const text = showsX ? fromX : env.draft.alt_text;
  const ours = env.draft.alt_text.trim();
  const xNote = showsX
    ? t('form.alt.fromX')
    : fromX && ours && ours !== fromX
      ? t('form.alt.oursOverX', { text: fromX })
      : '';
  const xNoteId = `${state.id}-x`;
  const length = codePointLength(text);
  const over = length - ALT_TEXT_MAX;
  const countId = `${state.id}-count`;
  const warningId = `${state.id}-warning`;
  const warning =
    over > 0
      ? t('form.alt.over', { over, max: ALT_TEXT_MAX })
      : over === 0
        ? t('form.alt.atLimit', { max: ALT_TEXT_MAX })
        : '';
  return (
    <div class="mf-field mf-alt">
      <label class="mf-label" for={state.id}>
        {t('field.alt_text')}
      </label>
      <textarea
        id={state.id}
        class="mf-textarea"
        rows={4}
        value={text}
        disabled={state.disabled}
        aria-invalid={state.invalid || over > 0}
        aria-describedby={idList(xNote && xNoteId, countId, warning && warningId, state.describedBy)}
        onInput={(event) => {
          setEdited(true);
          env.update('alt_text', event.currentTarget.value);
        }}
      />
      {xNote && (
        <p id={xNoteId} class="mf-hint mf-from-x">
          {xNote}
        </p>
      )}
      <div class="mf-alt-meta">
        <span id={countId} class={over >= 0 ? 'mf-count mf-count-limit' : 'mf-count'}>
          {t('form.alt.count', { n: length, max: ALT_TEXT_MAX })}
        </span>
        {warning && (
          <span id={warningId} class={over > 0 ? 'mf-warning mf-warning-over' : 'mf-warning'}>
            {warning}
          </span>
        )}
      </div>
      <span class="mf-sr-only" aria-live="polite">
        {announcement(length)}
      </span>
      {/* The over-limit warning above already says it: one message per problem. */}
      <FieldNotes
        state={over > 0 ? { ...state, problems: state.problems.filter((p) => p.rule !== RULE.maxChars) } : state}
      />
    </div>
  );
}
