import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { HistoryEntry } from '../../lib/media/views';
import type { Result } from '../../lib/messages/result';
import type { Usage } from '../../lib/usage/usage';
import { CostLine } from '../common/CostLine';
import { endpointName } from '../metadata-form/env';
import { formatWhen, sentInWords } from './history-words';

export interface HistoryPanelProps {
  /** Asked each time the panel opens, never before: the popup's first paint waits for nothing. */
  load(): Promise<Result<HistoryEntry[]>>;
  clear(): Promise<Result<unknown>>;
  /** The metadata calls counted so far, for their estimated cost (lib/usage). */
  usage?(): Promise<Usage>;
}

type Listing = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; entries: HistoryEntry[] };

function Entry({ entry }: { entry: HistoryEntry }) {
  return (
    <li class="popup-history-entry">
      {/* Decorative: the alt text that describes it is quoted right next to it. */}
      {entry.thumbnail && <img class="popup-thumb" src={entry.thumbnail} alt="" />}
      <div>
        <p>
          <strong>{t('popup.history.media', { id: entry.mediaId })}</strong>{' '}
          <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at)}</time>
          <span class="hint"> · {t('popup.history.via', { form: endpointName(entry.form) })}</span>
        </p>
        {sentInWords(entry.sent).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </li>
  );
}

/** "Recently applied": what actually reached X, newest first. Collapsed until asked for. */
export function HistoryPanel({ load, clear, usage }: HistoryPanelProps) {
  const [open, setOpen] = useState(false);
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);

  const fetchEntries = async () => {
    setListing({ kind: 'loading' });
    const result = await load();
    setListing(
      result.ok ? { kind: 'ready', entries: [...result.value].sort((a, b) => b.at - a.at) } : { kind: 'failed' },
    );
  };
  const toggle = () => {
    setOpen(!open);
    setAnnouncement('');
    if (!open) void fetchEntries();
  };
  const clearAll = async () => {
    const result = await clear();
    if (result.ok) {
      setListing({ kind: 'ready', entries: [] });
      // The Clear button goes with the list; focus stays in the panel rather than falling to the page's top.
      toggleRef.current?.focus();
    }
    setAnnouncement(t(result.ok ? 'popup.history.cleared' : 'popup.history.clearFailed'));
  };

  return (
    <div class="popup-history">
      <button
        ref={toggleRef}
        type="button"
        class="popup-quiet"
        aria-expanded={open}
        aria-controls={open ? 'popup-history' : undefined}
        onClick={toggle}
      >
        {t('popup.history')}
      </button>
      {open && (
        <section id="popup-history" aria-labelledby="popup-history-heading">
          <h2 id="popup-history-heading">{t('popup.history.heading')}</h2>
          {usage && <CostLine load={usage} now={Date.now()} />}
          {listing.kind === 'loading' && <p class="hint">{t('popup.history.loading')}</p>}
          {listing.kind === 'failed' && (
            <p>
              {t('popup.history.failed')}{' '}
              <button type="button" onClick={fetchEntries}>
                {t('popup.tryAgain')}
              </button>
            </p>
          )}
          {listing.kind === 'ready' && listing.entries.length === 0 && <p class="hint">{t('popup.history.empty')}</p>}
          {listing.kind === 'ready' && listing.entries.length > 0 && (
            <>
              <ol>
                {listing.entries.map((entry) => (
                  <Entry key={`${entry.mediaId}-${entry.at}`} entry={entry} />
                ))}
              </ol>
              <button type="button" onClick={clearAll}>
                {t('popup.history.clear')}
              </button>
            </>
          )}
        </section>
      )}
      {/* Always rendered, so that "History cleared" is announced when it appears. */}
      <p class="hint" role="status">
        {announcement}
      </p>
    </div>
  );
}
