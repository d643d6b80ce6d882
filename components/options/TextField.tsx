import { useId } from 'preact/hooks';

export interface TextFieldProps {
  label: string;
  value: string;
  onInput(value: string): void;
  /** A password-type field: the value is not shown, not autocompleted, and not spell-checked. */
  secret?: boolean;
  autocomplete?: string;
}

export function TextField({ label, value, onInput, secret = false, autocomplete }: TextFieldProps) {
  const id = useId();
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
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          autocomplete={autocomplete}
          spellcheck={false}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </div>
  );
}
