import { useEffect, useRef } from 'preact/hooks';
import { fieldLabel } from '../../lib/api/describe';
import { STICKERS_MAX } from '../../lib/api/metadata-schema';
import { emptySticker, STICKER_KEYS, type StickerKey } from '../../lib/draft/draft';
import { t } from '../../lib/i18n';
import { ClearUnavailable } from './ClearUnavailable';
import { FieldNotes, idList, useField, useFormEnv } from './env';

function StickerInput({ index, part }: { index: number; part: StickerKey }) {
  const env = useFormEnv();
  const state = useField(`sticker_info.stickers.${index}.${part}`, { noteUnavailable: false, markDefault: false });
  const stickers = env.draft.sticker_info;
  return (
    <div class="mf-field mf-field-small">
      <label class="mf-label" for={state.id}>
        {t(`form.sticker.${part}`)}
      </label>
      <input
        id={state.id}
        class="mf-input"
        // Text, not type=number: a browser empties a number input holding "1." or "-", losing what was typed.
        inputMode={part === 'id' ? undefined : 'decimal'}
        value={stickers[index]?.[part] ?? ''}
        disabled={state.disabled}
        aria-invalid={state.invalid}
        aria-describedby={state.describedBy}
        onInput={(event) => {
          const value = event.currentTarget.value;
          env.update(
            'sticker_info',
            stickers.map((sticker, at) => (at === index ? { ...sticker, [part]: value } : sticker)),
          );
        }}
      />
      <FieldNotes state={state} />
    </div>
  );
}

function StickerEntry({ index }: { index: number }) {
  const env = useFormEnv();
  const state = useField(`sticker_info.stickers.${index}`, { exact: true, noteUnavailable: false, markDefault: false });
  const n = index + 1;
  return (
    <li>
      <fieldset class="mf-fieldset mf-sticker" aria-describedby={state.describedBy}>
        <legend class="mf-label">{fieldLabel(`sticker_info.stickers.${index}`)}</legend>
        <div class="mf-grid">
          {STICKER_KEYS.map((part) => (
            <StickerInput index={index} part={part} key={part} />
          ))}
        </div>
        <button
          type="button"
          class="mf-button mf-button-small"
          disabled={state.disabled}
          onClick={() => env.update('sticker_info', env.draft.sticker_info.toSpliced(index, 1))}
        >
          {t('form.stickers.remove', { n })}
        </button>
        <FieldNotes state={state} />
      </fieldset>
    </li>
  );
}

/** Up to 25 stickers (X's limit); "Add sticker" says why it is disabled rather than failing on Save. */
export function StickersField() {
  const env = useFormEnv();
  const group = useField('sticker_info', { exact: true });
  const list = useField('sticker_info.stickers', { exact: true, markDefault: false, noteUnavailable: false });
  const stickers = env.draft.sticker_info;
  const full = stickers.length >= STICKERS_MAX;
  const limitId = `${group.id}-limit`;
  const listRef = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  });
  return (
    <fieldset class="mf-fieldset" aria-describedby={idList(group.describedBy, list.describedBy)}>
      <legend class="mf-label">{fieldLabel('sticker_info')}</legend>
      {stickers.length > 0 && (
        <ol class="mf-list" ref={listRef}>
          {stickers.map((_, index) => (
            // Stickers are positions in the list, as X numbers them in its errors.
            <StickerEntry index={index} key={index} />
          ))}
        </ol>
      )}
      <button
        type="button"
        class="mf-button mf-button-small"
        disabled={group.disabled || full}
        aria-describedby={full ? limitId : undefined}
        onClick={() => {
          added.current = true;
          env.update('sticker_info', [...stickers, emptySticker()]);
        }}
      >
        {t('form.stickers.add')}
      </button>
      {full && (
        <span class="mf-hint" id={limitId}>
          {t('form.stickers.limit', { max: STICKERS_MAX })}
        </span>
      )}
      <FieldNotes state={list} />
      <FieldNotes state={group} />
      <ClearUnavailable field="sticker_info" />
    </fieldset>
  );
}
