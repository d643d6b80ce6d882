import { useId } from 'preact/hooks';

export interface RadioGroupProps<V extends string> {
  legend: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string; help?: string }>;
  onChange(value: V): void;
}

/** A fieldset of radio buttons: its legend is the choice's accessible name. */
export function RadioGroup<V extends string>({ legend, value, options, onChange }: RadioGroupProps<V>) {
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
          {option.help && <span class="hint"> — {option.help}</span>}
        </label>
      ))}
    </fieldset>
  );
}
