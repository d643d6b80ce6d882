import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/common/page.css';
import { useStrings } from '../../components/common/use-strings';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { AccountStatus } from '../../lib/account/status';
import {
  addEnglish,
  dirOf,
  loadLocale,
  resolveLocale,
  setCatalogSource,
  setLocale,
  t,
  useSurfaces,
} from '../../lib/i18n';
import optionsEnglish from '../../lib/i18n/catalogs/en/options';
import popupEnglish from '../../lib/i18n/catalogs/en/popup';
import { importCatalog } from '../../lib/i18n/load';
import { sendMessage } from '../../lib/messages/send';
import type { Settings } from '../../lib/settings/settings';
import { items, usageItem } from '../../lib/storage/items';
import { createSuggestOptionsApi } from '../../lib/suggest/options-api';
import type { Usage } from '../../lib/usage/usage';

setCatalogSource(importCatalog);
// The popup's surface too: Options shows the cost line and the restarting-extension notice of the popup.
useSurfaces(['common', 'failures', 'form', 'options', 'popup', 'suggest']);
addEnglish(optionsEnglish, popupEnglish);

/** Once for the page: it detects the browser's model, which is asked about only once. */
const suggestApi = createSuggestOptionsApi();

/** Wires the options page to the background: reads non-secret state from storage, acts through messages. */
function App({ initial }: { initial: { status: AccountStatus; settings: Settings; usage: Usage } }) {
  const [status, setStatus] = useState(initial.status);
  const [settings, setSettings] = useState(initial.settings);
  const [usage, setUsage] = useState(initial.usage);
  useEffect(() => {
    const stop = new AbortController();
    items.account.watch(setStatus, stop.signal);
    items.settings.watch(setSettings, stop.signal);
    usageItem.watch(setUsage, stop.signal);
    return () => stop.abort();
  }, []);
  useStrings();
  const locale = resolveLocale(settings.locale);
  setLocale(locale);
  document.title = t('options.title');
  document.documentElement.lang = locale;
  document.documentElement.dir = dirOf(locale);

  return (
    <OptionsPage
      status={status}
      settings={settings}
      redirectUrl={browser.identity.getRedirectURL()}
      onSignIn={(clientId) => sendMessage('account/sign-in', { clientId })}
      onSaveToken={(token) => sendMessage('account/connect-token', { token })}
      onSaveOAuth1={(keys) => sendMessage('account/connect-oauth1', keys)}
      onSignOut={() => sendMessage('account/sign-out', {})}
      onTest={() => sendMessage('account/test', {})}
      usage={usage}
      now={Date.now()}
      onSettingsChange={(patch) => void sendMessage('settings/update', patch)}
      suggest={suggestApi}
    />
  );
}

const [status, settings, usage] = await Promise.all([items.account.get(), items.settings.get(), usageItem.get()]);
// Its language's strings before the first render; a later change of language loads them and re-renders.
await loadLocale(resolveLocale(settings.locale)).catch(() => {});
render(<App initial={{ status, settings, usage }} />, document.getElementById('app')!);
