import { fieldLabel } from '../../lib/api/describe';
import { GEO_MODES, type GeoMode } from '../../lib/draft/draft';
import { countryName } from '../../lib/geo/countries';
import { getLocale, t } from '../../lib/i18n';
import { ClearUnavailable } from './ClearUnavailable';
import { CountryPicker } from './CountryPicker';
import { FieldNotes, useField, useFormEnv } from './env';

const MODE_LABELS = { none: 'form.geo.none', allow: 'form.geo.allow', block: 'form.geo.block' } as const;

/**
 * X takes an allow list or a block list, never both: the draft holds one list and a mode, so switching from
 * "allow" to "block" moves the chosen countries instead of sending them twice.
 */
export function GeoField() {
  const env = useFormEnv();
  const state = useField('geo_restrictions');
  const geo = env.draft.geo_restrictions;
  const setGeo = (next: Partial<typeof geo>) => env.update('geo_restrictions', { ...geo, ...next });
  const listLabel = fieldLabel(
    geo.mode === 'allow' ? 'geo_restrictions.whitelisted_country_codes' : 'geo_restrictions.blacklisted_country_codes',
  );
  return (
    <fieldset class="mf-fieldset" aria-describedby={state.describedBy}>
      <legend class="mf-label">{fieldLabel('geo_restrictions')}</legend>
      <div class="mf-radios">
        {GEO_MODES.map((mode: GeoMode) => (
          <div class="mf-check" key={mode}>
            <input
              type="radio"
              id={`${state.id}-${mode}`}
              name={`${state.id}-mode`}
              value={mode}
              checked={geo.mode === mode}
              disabled={state.disabled}
              onChange={() => setGeo({ mode })}
            />
            <label for={`${state.id}-${mode}`}>{t(MODE_LABELS[mode])}</label>
          </div>
        ))}
      </div>
      {geo.mode !== 'none' && (
        <>
          {geo.countries.length === 0 ? (
            <p class="mf-hint">{t('form.geo.empty')}</p>
          ) : (
            <ul class="mf-chips" aria-label={listLabel}>
              {geo.countries.map((code) => {
                const name = countryName(code, getLocale());
                return (
                  <li class="mf-chip" key={code}>
                    <span>{name}</span>
                    <button
                      type="button"
                      class="mf-chip-remove"
                      aria-label={t('form.geo.remove', { country: name })}
                      disabled={state.disabled}
                      onClick={() => setGeo({ countries: geo.countries.filter((other) => other !== code) })}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <CountryPicker
            id={`${state.id}-search`}
            selected={geo.countries}
            disabled={state.disabled}
            invalid={state.invalid}
            describedBy={state.describedBy}
            onPick={(code) => setGeo({ countries: [...geo.countries, code] })}
          />
        </>
      )}
      <FieldNotes state={state} />
      <ClearUnavailable field="geo_restrictions" />
    </fieldset>
  );
}
