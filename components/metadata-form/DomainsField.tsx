import { useEffect, useRef } from 'preact/hooks';
import { fieldLabel } from '../../lib/api/describe';
import { t } from '../../lib/i18n';
import { ClearUnavailable } from './ClearUnavailable';
import { FieldNotes, idList, useField, useFormEnv } from './env';

function DomainRow({ index }: { index: number }) {
  const env = useFormEnv();
  const state = useField(`domain_restrictions.whitelist.${index}`, { noteUnavailable: false, markDefault: false });
  const domains = env.draft.domain_restrictions;
  const n = index + 1;
  return (
    <li class="mf-row">
      <label class="mf-sr-only" for={state.id}>
        {t('form.domains.entry', { n })}
      </label>
      <input
        id={state.id}
        class="mf-input"
        value={domains[index] ?? ''}
        placeholder="example.com"
        disabled={state.disabled}
        aria-invalid={state.invalid}
        aria-describedby={state.describedBy}
        onInput={(event) => {
          const next = [...domains];
          next[index] = event.currentTarget.value;
          env.update('domain_restrictions', next);
        }}
      />
      <button
        type="button"
        class="mf-button mf-button-small"
        disabled={state.disabled}
        onClick={() => env.update('domain_restrictions', domains.toSpliced(index, 1))}
      >
        {t('form.domains.remove', { n })}
      </button>
      <FieldNotes state={state} />
    </li>
  );
}

/** Each domain is its own input, so the message for a wrong one sits next to it. */
export function DomainsField() {
  const env = useFormEnv();
  const group = useField('domain_restrictions', { exact: true });
  const list = useField('domain_restrictions.whitelist', { exact: true, markDefault: false, noteUnavailable: false });
  const domains = env.draft.domain_restrictions;
  const hintId = `${group.id}-hint`;
  const added = useRef(false);
  const listRef = useRef<HTMLUListElement>(null);
  // A new row gets focus, so "Add domain" then typing just works from the keyboard.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    // Not document.getElementById: inside the in-page prompt the form lives in a shadow root.
    listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  });
  return (
    <fieldset class="mf-fieldset" aria-describedby={idList(hintId, group.describedBy, list.describedBy)}>
      <legend class="mf-label">{fieldLabel('domain_restrictions')}</legend>
      <span class="mf-hint" id={hintId}>
        {t('form.domains.hint')}
      </span>
      {domains.length > 0 && (
        <ul class="mf-list" ref={listRef}>
          {domains.map((_, index) => (
            // Rows are positions in the list; the index is their identity.
            <DomainRow index={index} key={index} />
          ))}
        </ul>
      )}
      <button
        type="button"
        class="mf-button mf-button-small"
        disabled={group.disabled}
        onClick={() => {
          added.current = true;
          env.update('domain_restrictions', [...domains, '']);
        }}
      >
        {t('form.domains.add')}
      </button>
      <FieldNotes state={list} />
      <FieldNotes state={group} />
      <ClearUnavailable field="domain_restrictions" />
    </fieldset>
  );
}
