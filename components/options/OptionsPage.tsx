import { t } from '../../lib/i18n';
import type { Settings, SettingsPatch } from '../../lib/settings/settings';
import type { Usage } from '../../lib/usage/usage';
import { AccountSection, type AccountSectionProps } from './AccountSection';
import { SettingsSection } from './SettingsSection';
import { UsageSection } from './UsageSection';

export interface OptionsPageProps extends AccountSectionProps {
  settings: Settings;
  onSettingsChange(patch: SettingsPatch): void;
  usage: Usage;
  now: number;
}

export function OptionsPage(props: OptionsPageProps) {
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
      <AccountSection {...props} />
      <UsageSection usage={props.usage} now={props.now} />
      <SettingsSection settings={props.settings} account={props.status} onChange={props.onSettingsChange} />
    </main>
  );
}
