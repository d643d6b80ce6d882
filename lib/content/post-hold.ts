import type { MediaMetadata } from '../api/metadata-schema';
import type { ItemView } from '../media/views';
import type { Settings } from '../settings/settings';
import { composerId, composerRootOf, readComposers } from '../x/composer-reader';
import { X } from '../x/selectors';
import { decideHold, type HoldDecision } from './hold-decision';

export interface HeldPost {
  composerId: string;
  decision: HoldDecision;
}

export interface PostHoldDeps {
  signal: AbortSignal;
  itemsOf(composerId: string): ItemView[];
  settings(): Settings | undefined;
  now(): number;
  save(saves: Array<{ mediaId: string; metadata: MediaMetadata }>): Promise<void>;
  /** Shows why the post waits (null: nothing held). */
  show(held: HeldPost | null): void;
}

/**
 * Holds a post — Post button or Ctrl/Cmd+Enter, modal or inline, every post of a thread — until every item's
 * metadata is applied, then lets it go by clicking Post for the user. Listens in the capture phase on window, so it
 * acts before X's own handlers (React listens on its root, below window). When nothing needs holding it does not
 * touch the event at all: a ready post costs nothing. Everything stops with `signal` (extension reloaded or
 * updated), and X's Post works as if the extension were not there.
 */
export function holdPosts(deps: PostHoldDeps) {
  let held: { composerId: string; reminded: boolean; saved: Set<string> } | null = null;
  let bypass: Element | null = null;

  const decide = (id: string, reminded: boolean): HoldDecision | null => {
    const settings = deps.settings();
    if (!settings) return null;
    return decideHold(deps.itemsOf(id), {
      rule: settings.postingRule,
      form: settings.endpointForm,
      now: deps.now(),
      reminded,
    });
  };

  const release = () => {
    const id = held?.composerId;
    held = null;
    // The composer may have re-rendered while the post waited: click its Post button as it is now. The post goes
    // first, the dialog is taken down after (redrawing our UI is not on the post's path).
    const button = readComposers().find((c) => c.id === id)?.postButton;
    if (button) {
      bypass = button;
      button.click();
    }
    deps.show(null);
  };

  const evaluate = () => {
    if (!held) return;
    const decision = decide(held.composerId, held.reminded);
    if (!decision || decision.action === 'pass' || decision.action === 'uploading') return release();
    if (decision.action === 'save') {
      // Saved once per hold: the state that follows (saving, applied) ends this branch.
      const saves = decision.saves.filter((save) => !held?.saved.has(save.mediaId));
      for (const save of saves) held.saved.add(save.mediaId);
      if (saves.length > 0) void deps.save(saves);
    }
    deps.show({ composerId: held.composerId, decision });
  };

  const intercept = (event: Event, from: Element) => {
    const root = composerRootOf(from);
    if (!root) return;
    const id = composerId(root);
    const decision = decide(id, false);
    if (!decision || decision.action === 'pass' || decision.action === 'uploading') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held = { composerId: id, reminded: false, saved: new Set() };
    evaluate();
  };

  const options = { capture: true, signal: deps.signal };
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest(X.postButton) : null;
      if (!button) return;
      if (button === bypass) {
        bypass = null;
        return;
      }
      intercept(event, button);
    },
    options,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      const box = event.target instanceof Element ? event.target.closest(X.textBox) : null;
      if (box) intercept(event, box);
    },
    options,
  );

  return {
    /** The tab's items changed: a held post may now go, or show a new reason to wait. */
    update: evaluate,
    /** "Post without a description" answered yes (Remind). */
    confirmWithoutDescription() {
      if (held) held.reminded = true;
      evaluate();
    },
    /** Post anyway: the user's choice beats any failure or wait. */
    postAnyway: release,
    cancel() {
      held = null;
      deps.show(null);
    },
  };
}

export type PostHold = ReturnType<typeof holdPosts>;
