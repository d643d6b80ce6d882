import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/common/page.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { AccountStatus } from '../../lib/account/status';
import { resolveLocale, setLocale, t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messages/send';
import type { Settings } from '../../lib/settings/settings';
import { items } from '../../lib/storage/items';

/** Wires the options page to the background: reads non-secret state from storage, acts through messages. */
function App({ initial }: { initial: { status: AccountStatus; settings: Settings } }) {
  const [status, setStatus] = useState(initial.status);
  const [settings, setSettings] = useState(initial.settings);
  useEffect(() => {
    const stop = new AbortController();
    items.account.watch(setStatus, stop.signal);
    items.settings.watch(setSettings, stop.signal);
    return () => stop.abort();
  }, []);
  setLocale(resolveLocale(settings.locale));
  document.title = t('options.title');
  document.documentElement.lang = resolveLocale(settings.locale);

  return (
    <OptionsPage
      status={status}
      settings={settings}
      redirectUrl={browser.identity.getRedirectURL()}
      onSignIn={(clientId) => sendMessage('account/sign-in', { clientId })}
      onSaveToken={(token) => sendMessage('account/connect-token', { token })}
      onSaveOAuth1={(keys) => sendMessage('account/connect-oauth1', keys)}
      onSignOut={() => sendMessage('account/sign-out', {})}
      onSettingsChange={(patch) => void sendMessage('settings/update', patch)}
    />
  );
}

const [status, settings] = await Promise.all([items.account.get(), items.settings.get()]);
render(<App initial={{ status, settings }} />, document.getElementById('app')!);
