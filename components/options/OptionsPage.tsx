import { t } from '../../lib/i18n';
import type { Settings, SettingsPatch } from '../../lib/settings/settings';
import type { SuggestOptionsApi } from '../../lib/suggest/options-api';
import type { Usage } from '../../lib/usage/usage';
import { SuggestOptions } from '../suggestions/SuggestOptions';
import { AccountSection, type AccountSectionProps } from './AccountSection';
import { SettingsSection } from './SettingsSection';
import { UsageSection } from './UsageSection';

export interface OptionsPageProps extends AccountSectionProps {
  settings: Settings;
  onSettingsChange(patch: SettingsPatch): void;
  usage: Usage;
  now: number;
  /** The suggestion settings (lib/suggest/options-api.ts); without it the section is not shown. */
  suggest?: SuggestOptionsApi;
}

export function OptionsPage(props: OptionsPageProps) {
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
      <AccountSection {...props} />
      <UsageSection usage={props.usage} now={props.now} />
      <SettingsSection settings={props.settings} account={props.status} onChange={props.onSettingsChange} />
      {props.suggest && <SuggestOptions api={props.suggest} />}
    </main>
  );
}
