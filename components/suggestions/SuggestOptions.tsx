import { useEffect, useState } from 'preact/hooks';
import { getLocale, type MessageKey, t } from '../../lib/i18n';
import type { ModelState } from '../../lib/suggest/model';
import type { SuggestOptionsApi } from '../../lib/suggest/options-api';
import type { SuggestPreferences } from '../../lib/suggest/types';

export interface SuggestOptionsProps {
  api: SuggestOptionsApi;
}

type Earlier = Awaited<ReturnType<SuggestOptionsApi['earlier']>>;

const UNAVAILABLE: Record<'no-api' | 'no-image-input' | 'error', MessageKey> = {
  'no-api': 'suggest.options.model.noApi',
  'no-image-input': 'suggest.options.model.noImage',
  error: 'suggest.options.model.error',
};

/**
 * The suggestion settings in Options: what is suggested, the browser's model (shown only where the browser has
 * one; otherwise a sentence says why it is not), and the earlier descriptions kept on this device, listed and
 * forgettable. Mount it in the Options page with `createSuggestOptionsApi()` from lib/suggest/options-api.ts.
 */
export function SuggestOptions({ api }: SuggestOptionsProps) {
  const [settings, setSettings] = useState<SuggestPreferences>();
  const [earlier, setEarlier] = useState<Earlier>([]);
  const [model, setModel] = useState<ModelState>();
  const [notice, setNotice] = useState<MessageKey>();

  const reload = async () => {
    try {
      const [current, kept, state] = await Promise.all([api.settings(), api.earlier(), api.modelStatus()]);
      setSettings(current);
      setEarlier(kept);
      setModel(state);
    } catch {
      setNotice('suggest.options.failed');
    }
  };
  useEffect(() => {
    void reload();
  }, [api]);

  const change = async (patch: Partial<SuggestPreferences>) => {
    try {
      setSettings(await api.update(patch));
      setNotice(undefined);
    } catch {
      setNotice('suggest.options.failed');
    }
  };
  const forget = async () => {
    try {
      await api.forget();
      setEarlier([]);
      setNotice('suggest.options.forgotten');
    } catch {
      setNotice('suggest.options.failed');
    }
  };
  const prepare = async () => {
    try {
      setModel({ state: 'downloading', progress: 0 });
      setModel(await api.prepareModel((progress) => setModel({ state: 'downloading', progress })));
    } catch {
      setModel({ state: 'unavailable', reason: 'error' });
    }
  };

  const modelShown = model !== undefined && model.state !== 'unavailable';
  return (
    <section aria-labelledby="suggest-heading" class="sg-options">
      <h2 id="suggest-heading">{t('suggest.options.heading')}</h2>
      <p>{t('suggest.options.intro')}</p>
      {settings && (
        <>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.ocr}
              onChange={(e) => void change({ ocr: e.currentTarget.checked })}
            />
            <span>{t('suggest.options.ocr')}</span>
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.earlier}
              onChange={(e) => void change({ earlier: e.currentTarget.checked })}
            />
            <span>{t('suggest.options.earlier')}</span>
          </label>
          {modelShown && (
            <label class="choice">
              <input
                type="checkbox"
                checked={settings.model}
                onChange={(e) => void change({ model: e.currentTarget.checked })}
              />
              <span>{t('suggest.options.model')}</span>
            </label>
          )}
        </>
      )}
      {model?.state === 'unavailable' && <p class="sg-model-note">{t(UNAVAILABLE[model.reason])}</p>}
      {model?.state === 'needs-permission' && (
        <p class="sg-model-note">
          {t('suggest.options.model.permission')}{' '}
          <button type="button" onClick={() => void prepare()}>
            {t('suggest.options.model.allow')}
          </button>
        </p>
      )}
      {model?.state === 'downloadable' && (
        <button type="button" onClick={() => void prepare()}>
          {t('suggest.options.model.download')}
        </button>
      )}
      {model?.state === 'downloading' && (
        <p role="status">
          <label>
            {t('suggest.options.model.downloading', { percent: Math.round(model.progress * 100) })}{' '}
            <progress max={1} value={model.progress} />
          </label>
        </p>
      )}
      {model?.state === 'available' && <p role="status">{t('suggest.options.model.ready')}</p>}

      <h3>{t('suggest.options.earlier.list')}</h3>
      <p>
        {earlier.length === 0
          ? t('suggest.options.earlier.empty')
          : t('suggest.options.earlier.count', { count: earlier.length })}
      </p>
      {earlier.length > 0 && (
        <ul class="sg-earlier">
          {earlier
            .slice(-50)
            .reverse()
            .map((entry) => (
              <li key={entry.sha256}>
                <span>{entry.text}</span>{' '}
                <span class="sg-used">
                  {t('suggest.usedAt', { date: new Date(entry.usedAt).toLocaleDateString(getLocale()) })}
                </span>
              </li>
            ))}
        </ul>
      )}
      <button type="button" onClick={() => void forget()}>
        {t('suggest.options.forget')}
      </button>
      {notice && <p role="status">{t(notice)}</p>}
    </section>
  );
}
