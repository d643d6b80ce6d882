import { t } from '../../lib/i18n';
import type { PageCheck } from '../../lib/page-check/schema';

export type PageCheckLoad =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'unreachable' }
  | { kind: 'done'; check: PageCheck };

/** The composer parts the extension needs, each found or not, as a person would report them. */
function parts(check: PageCheck): Array<{ label: string; found: boolean; detail: string }> {
  const line = (key: Parameters<typeof t>[0], n: number) => ({ label: t(key), found: n > 0, detail: String(n) });
  return [
    { label: t('check.pageWorld'), found: check.pageWorld, detail: t(check.pageWorld ? 'check.yes' : 'check.no') },
    line('check.composers', check.composers),
    line('check.textBoxes', check.textBoxes),
    line('check.postButtons', check.postButtons),
    line('check.fileInputs', check.fileInputs),
    line('check.attachmentAreas', check.attachmentAreas),
    line('check.tiles', check.tiles),
  ];
}

/** The words of one upload: its kind, whether X received it, where it shows, and whether the browser confirmed it. */
function uploadWords(upload: PageCheck['uploads'][number]): string {
  return [
    t('check.upload', { id: upload.mediaId, category: upload.category }),
    t(upload.ready ? 'check.upload.received' : 'check.upload.uploading'),
    t(upload.tiled ? 'check.upload.tiled' : 'check.upload.untiled'),
    ...(upload.confirmed === false ? [t('check.upload.unconfirmed')] : []),
  ].join(' · ');
}

/** A plain-text copy of the report, for the user to paste where they tell us "X changed its page". */
export function pageCheckText(check: PageCheck): string {
  return [
    `${t('check.title')} — ${check.route}`,
    ...parts(check).map((part) => `${part.found ? '✓' : '✗'} ${part.label}: ${part.detail}`),
    `${t('check.uploads')}: ${check.uploads.length}`,
    ...check.uploads.map((upload) => `- ${uploadWords(upload)}`),
  ].join('\n');
}

export interface PageCheckViewProps {
  load: PageCheckLoad;
  onCheck(): void;
  onCopy(text: string): void;
}

/** "Check this page": what of X's composer was found on the tab, in words; nothing is sent anywhere. */
export function PageCheckView({ load, onCheck, onCopy }: PageCheckViewProps) {
  const check = load.kind === 'done' ? load.check : undefined;
  const missing = check ? parts(check).filter((part) => !part.found && part.label !== t('check.tiles')) : [];
  return (
    <section class="page-check" aria-label={t('check.title')}>
      <button type="button" class="popup-quiet" aria-expanded={load.kind !== 'idle'} onClick={onCheck}>
        {t('check.button')}
      </button>
      <div aria-live="polite">
        {load.kind === 'checking' && <p class="hint">{t('check.checking')}</p>}
        {load.kind === 'unreachable' && <p class="hint">{t('check.unreachable')}</p>}
        {check && (
          <>
            <p class="check-summary">
              {missing.length === 0
                ? t('check.allFound')
                : t('check.someMissing', { parts: missing.map((p) => p.label).join(', ') })}
            </p>
            <ul class="check-parts">
              {parts(check).map((part) => (
                <li key={part.label} class={part.found ? 'found' : 'missing'}>
                  <span aria-hidden="true">{part.found ? '✓' : '✗'}</span> {part.label}: {part.detail}
                </li>
              ))}
            </ul>
            <p>{check.uploads.length === 0 ? t('check.noUploads') : t('check.uploads')}</p>
            {check.uploads.length > 0 && (
              <ul class="check-uploads">
                {check.uploads.map((upload) => (
                  <li key={upload.mediaId}>{uploadWords(upload)}</li>
                ))}
              </ul>
            )}
            <p class="hint">{t('check.private')}</p>
            <button type="button" class="popup-quiet" onClick={() => onCopy(pageCheckText(check))}>
              {t('check.copy')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
