import { useState } from 'preact/hooks';
import { getLocale, t } from '../../lib/i18n';
import { formatCost } from '../../lib/usage/usage';

type Copied = 'idle' | 'copied' | 'failed';

/** The callback URL, selectable, with a Copy button: it must match X's setting to the last slash. */
function CallbackUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState<Copied>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div class="setup-callback">
      <input
        type="text"
        readOnly
        value={url}
        aria-label={t('account.signin.callback')}
        dir="ltr"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={copy}>
        {t('setup.copy')}
      </button>
      <span role="status" class={copied === 'failed' ? 'warning' : 'hint'}>
        {copied === 'copied' ? t('setup.copied') : copied === 'failed' ? t('setup.copyFailed') : ''}
      </span>
    </div>
  );
}

/**
 * The steps in X's developer console, in the order its pages ask, with what to choose at each. X's own labels stay
 * in English (its console is in English), the explanations are in the user's language.
 */
export function SetupGuide({ redirectUrl }: { redirectUrl: string }) {
  return (
    <div class="setup">
      <h3>{t('setup.heading')}</h3>
      <p>{t('setup.intro')}</p>
      <ol class="setup-steps">
        <li>{t('setup.step.project')}</li>
        <li>{t('setup.step.auth')}</li>
        <li>{t('setup.step.type')}</li>
        <li>{t('setup.step.permissions')}</li>
        <li>
          {t('setup.step.callback')}
          <CallbackUrl url={redirectUrl} />
        </li>
        <li>{t('setup.step.website')}</li>
        <li>{t('setup.step.clientId')}</li>
      </ol>
      <p class="hint">{t('account.signin.scopes')}</p>
      <p class="hint">{t('setup.cost', { price: formatCost(1, getLocale()) })}</p>
    </div>
  );
}
