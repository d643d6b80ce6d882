import { useId } from 'preact/hooks';

export interface TextFieldProps {
  label: string;
  value: string;
  onInput(value: string): void;
  /** A password-type field: the value is not shown, not autocompleted, and not spell-checked. */
  secret?: boolean;
  autocomplete?: string;
  /** A hint or a warning about what was typed, read with the field. */
  note?: { text: string; tone: 'hint' | 'warning' };
}

export function TextField({ label, value, onInput, secret = false, autocomplete, note }: TextFieldProps) {
  const id = useId();
  const noteId = note ? `${id}-note` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {secret ? (
        <input
          id={id}
          type="password"
          value={value}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={noteId}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          autocomplete={autocomplete}
          spellcheck={false}
          aria-describedby={noteId}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
      {note && (
        <span id={noteId} class={note.tone}>
          {note.text}
        </span>
      )}
    </div>
  );
}
