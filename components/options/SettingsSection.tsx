import { useId } from 'preact/hooks';
import type { AccountStatus } from '../../lib/account/status';
import { ENDPOINT_FORMS } from '../../lib/api/endpoint-forms';
import { LOCALE_NAMES, LOCALES, t } from '../../lib/i18n';
import { POSTING_RULES, type Settings, type SettingsPatch } from '../../lib/settings/settings';
import { RadioGroup } from './RadioGroup';

export interface SettingsSectionProps {
  settings: Settings;
  account: AccountStatus;
  onChange(patch: SettingsPatch): void;
}

export function SettingsSection({ settings, account, onChange }: SettingsSectionProps) {
  const languageId = useId();
  const v11WithoutKeys = settings.endpointForm === 'v1.1' && !(account.state !== 'none' && account.method === 'oauth1');
  const noDownload = settings.defaults.allow_download_status?.allow_download === false;
  const setNoDownload = (off: boolean) => {
    const { allow_download_status: _, ...rest } = settings.defaults;
    onChange({ defaults: off ? { ...rest, allow_download_status: { allow_download: false } } : rest });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      <RadioGroup
        legend={t('settings.endpoint')}
        value={settings.endpointForm}
        options={ENDPOINT_FORMS.map((form) => ({ value: form, label: t(`settings.endpoint.${form}`) }))}
        onChange={(endpointForm) => onChange({ endpointForm })}
      />
      {v11WithoutKeys && (
        <p class="warning" role="alert">
          {t('settings.endpoint.needsOAuth1')}
        </p>
      )}
      <RadioGroup
        legend={t('settings.rule')}
        value={settings.postingRule}
        options={POSTING_RULES.map((rule) => ({
          value: rule,
          label: t(`settings.rule.${rule}`),
          help: t(`settings.rule.${rule}.help`),
        }))}
        onChange={(postingRule) => onChange({ postingRule })}
      />
      <label class="choice">
        <input
          type="checkbox"
          checked={settings.promptOnUpload}
          onChange={(e) => onChange({ promptOnUpload: e.currentTarget.checked })}
        />
        <span>{t('settings.prompt')}</span>
      </label>
      <fieldset>
        <legend>{t('settings.defaults')}</legend>
        <label class="choice">
          <input type="checkbox" checked={noDownload} onChange={(e) => setNoDownload(e.currentTarget.checked)} />
          <span>{t('settings.defaults.noDownload')}</span>
        </label>
      </fieldset>
      <div class="field">
        <label for={languageId}>{t('settings.language')}</label>
        <select
          id={languageId}
          value={settings.locale}
          onChange={(e) => onChange({ locale: e.currentTarget.value as Settings['locale'] })}
        >
          <option value="auto">{t('settings.language.auto')}</option>
          {/* Each language named in itself, with its own lang, so a screen reader says it right. */}
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
