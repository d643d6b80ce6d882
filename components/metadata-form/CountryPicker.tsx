import { useState } from 'preact/hooks';
import { searchCountries } from '../../lib/geo/countries';
import { getLocale, t } from '../../lib/i18n';

interface CountryPickerProps {
  id: string;
  selected: readonly string[];
  disabled: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  onPick(code: string): void;
}

/**
 * A combobox (WAI-ARIA APG "list autocomplete"): type part of a name in the interface language ("fra", "Fran"),
 * arrows move, Enter picks, Esc closes the list.
 */
export function CountryPicker({ id, selected, disabled, invalid, describedBy, onPick }: CountryPickerProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = open ? searchCountries(query, getLocale(), new Set(selected)) : [];
  const listId = `${id}-list`;
  const optionId = (code: string) => `${id}-option-${code}`;
  const activeCountry = results[Math.min(active, results.length - 1)];

  const pick = (code: string) => {
    onPick(code);
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  const move = (by: number) => {
    if (!open) setOpen(true);
    setActive((current) => Math.max(0, Math.min(current + by, results.length - 1)));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') move(open ? 1 : 0);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && open && activeCountry) pick(activeCountry.code);
    else if (event.key === 'Escape' && open) {
      // The in-page prompt closes on Esc: this one only closes the list.
      event.stopPropagation();
      setOpen(false);
    } else return;
    event.preventDefault();
  };

  return (
    <div class="mf-combo">
      <label class="mf-label" for={id}>
        {t('form.geo.search')}
      </label>
      <input
        id={id}
        class="mf-input"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeCountry ? optionId(activeCountry.code) : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        disabled={disabled}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div class="mf-listbox" role="listbox" id={listId} aria-label={t('form.geo.list')} hidden={!open}>
        {results.map((country) => (
          // Keys reach options through the combobox (aria-activedescendant), as the APG pattern has it.
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          <div
            key={country.code}
            id={optionId(country.code)}
            role="option"
            tabIndex={-1}
            class="mf-option"
            aria-selected={country === activeCountry}
            // Keep focus in the input, so the list is not closed by blur before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(country.code)}
          >
            {country.name}
          </div>
        ))}
      </div>
      {open && results.length === 0 && (
        <span class="mf-hint" role="status">
          {t('form.geo.noMatch', { query })}
        </span>
      )}
    </div>
  );
}
