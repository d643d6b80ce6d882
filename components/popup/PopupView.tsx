import { t } from '../../lib/i18n';
import type { TabState } from '../../lib/media/views';
import type { FailureCode } from '../../lib/messages/result';
import { PageCheckView, type PageCheckViewProps } from '../page-check/PageCheckView';
import { AccountNotice, EmptyState } from './EmptyState';
import { HistoryPanel, type HistoryPanelProps } from './HistoryPanel';
import type { ItemActions } from './ItemCard';
import { ItemList } from './ItemList';
import './popup.css';

/** Where the popup stands with its tab. */
export type PopupLoad =
  | { kind: 'loading' }
  /** No tab to show (none active, or its id is unknown). */
  | { kind: 'no-tab' }
  | { kind: 'error'; code: FailureCode }
  | { kind: 'ready'; state: TabState };

export interface PopupViewProps extends ItemActions {
  load: PopupLoad;
  /** In its own window (popup.html?tab=…): fluid width, and no "Pop out". */
  poppedOut: boolean;
  now: () => number;
  history: HistoryPanelProps;
  /** "Check this page": shown whenever there is a tab to check. */
  pageCheck: PageCheckViewProps;
  onPopOut(): void;
  onOpenOptions(): void;
  onTryAgain(): void;
}

function Body(props: PopupViewProps) {
  const { load, onOpenOptions } = props;
  switch (load.kind) {
    case 'loading':
      return <p class="hint">{t('popup.loading')}</p>;
    case 'no-tab':
      return <EmptyState message={t('popup.notOnX')} />;
    case 'error': {
      const message = load.code === 'unreachable' ? t('popup.unreachable') : t('popup.error');
      return <EmptyState message={message} action={{ label: t('popup.tryAgain'), onClick: props.onTryAgain }} />;
    }
    case 'ready': {
      const { state } = load;
      return (
        <>
          <AccountNotice status={state.account} onOpenOptions={onOpenOptions} />
          {!state.onX ? (
            <EmptyState message={t('popup.notOnX')} />
          ) : state.items.length === 0 ? (
            <EmptyState message={t('popup.noMedia')} />
          ) : (
            <ItemList
              items={state.items}
              settings={state.settings}
              now={props.now}
              onDraftChange={props.onDraftChange}
              onSave={props.onSave}
              onRetry={props.onRetry}
            />
          )}
        </>
      );
    }
  }
}

/** The popup and its pop-out window: the tab's media with their forms, or what to do when there are none. */
export function PopupView(props: PopupViewProps) {
  const { load, poppedOut } = props;
  // Popping out binds a window to this tab; only worth it where there is a composer.
  const canPopOut = !poppedOut && load.kind === 'ready' && load.state.onX;
  return (
    <div class={poppedOut ? 'popup popup-window' : 'popup'}>
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
        {canPopOut && (
          <button type="button" class="popup-quiet" onClick={props.onPopOut}>
            {t('popup.popOut')}
          </button>
        )}
      </header>
      <main>
        <Body {...props} />
        {load.kind === 'ready' && <PageCheckView {...props.pageCheck} />}
        {load.kind !== 'loading' && <HistoryPanel {...props.history} />}
      </main>
    </div>
  );
}
