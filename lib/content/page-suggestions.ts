import type { ItemView } from '../media/views';
import { sendMessage } from '../messages/send';
import type { SuggestionMark } from '../suggest/insert';
import type { Suggestion } from '../suggest/types';
import type { NetworkUpload } from './network-media';
import { base64Of } from './own-blob';
import type { watchPickedFiles } from './picked-files';

export type SuggestionsState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; suggestions: readonly Suggestion[] };

/** What suggestions are doing for the prompt: the answer per media id and the inserted suggestion still unedited. */
export interface SuggestionsView {
  byMedia: Record<string, SuggestionsState>;
  marks: Record<string, SuggestionMark>;
}

/** What asking for a picture's suggestions needs of its upload (no more: an answer may take seconds to come). */
type Picture = Pick<NetworkUpload, 'mediaType' | 'startedAt'> & { bytes: Blob };

/** 20 MB: the most `suggest/for` takes (a bit more than X accepts for a photo). */
const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

export interface PageSuggestionsDeps {
  view: SuggestionsView;
  upload(mediaId: string): NetworkUpload | undefined;
  uploads(): NetworkUpload[];
  picked: ReturnType<typeof watchPickedFiles>;
  changed(): void;
}

/**
 * The prompt's suggestions (lib/suggest runs in the background): asked once per picture whose upload is ready, when
 * the user lets any be offered; and, once a description is applied, the picture and its description are remembered
 * (the background never has the bytes: this page does).
 */
export function createPageSuggestions(deps: PageSuggestionsDeps) {
  const { view } = deps;
  const asked = new Set<string>();
  /** `mediaId` and description: an edit applied later is remembered too (it replaces the picture's entry). */
  const remembered = new Set<string>();

  // Read for each picture: a change in Options applies from the next upload on.
  const isEnabled = () =>
    sendMessage('suggest/settings-get', {}).then(
      (reply) => reply.ok && (reply.value.ocr || reply.value.earlier || reply.value.model),
      () => false,
    );

  /**
   * The file the user picked for the upload, when X sent other bytes (re-encoded): its caption may be there. A function
   * of its own, so the asking below keeps none of the list while it waits (answers queue up behind the OCR).
   */
  const originalOf = (mediaId: string, upload: Picture): File | undefined => {
    const list = deps.uploads().map((other) => ({
      mediaId: other.mediaId,
      startedAt: other.startedAt,
      mediaType: other.mediaType,
      size: other.bytes?.size ?? -1,
    }));
    const file = deps.picked.originalOf(
      { mediaId, startedAt: upload.startedAt, mediaType: upload.mediaType, size: upload.bytes.size },
      list,
    );
    return file && file.size !== upload.bytes.size && file.size <= MAX_PICTURE_BYTES ? file : undefined;
  };

  const ask = async (mediaId: string, upload: Picture) => {
    // Off in Options: nothing is asked for this picture (nor later: it was offered nothing when it came).
    if (!(await isEnabled())) return;
    view.byMedia[mediaId] = { status: 'loading' };
    deps.changed();
    try {
      const file = originalOf(mediaId, upload);
      const reply = await sendMessage('suggest/for', {
        image: await base64Of(upload.bytes),
        mimeType: upload.mediaType,
        ...(file ? { original: await base64Of(file) } : {}),
      });
      view.byMedia[mediaId] = reply.ok ? { status: 'ready', suggestions: reply.value } : { status: 'failed' };
    } catch {
      view.byMedia[mediaId] = { status: 'failed' };
    }
    deps.changed();
  };

  const remember = async (altText: string, bytes: Blob, mimeType: string) => {
    try {
      await sendMessage('suggest/remember', { image: await base64Of(bytes), mimeType, altText });
    } catch {
      // Best effort: a description not remembered is only one suggestion less, later.
    }
  };

  return {
    /** After every change of the tab's items: ask for new pictures, remember applied descriptions. */
    update(items: readonly ItemView[]): void {
      const shown = new Set<string>();
      for (const item of items) {
        const mediaId = item.mediaId;
        if (!mediaId || item.kind === 'video') continue;
        shown.add(mediaId);
        const upload = deps.upload(mediaId);
        const bytes = upload?.bytes;
        if (!upload || !bytes || !upload.ready) continue;
        if (!/^image\//.test(upload.mediaType) || bytes.size > MAX_PICTURE_BYTES) continue;
        if (!asked.has(mediaId)) {
          asked.add(mediaId);
          void ask(mediaId, { bytes, mediaType: upload.mediaType, startedAt: upload.startedAt });
        }
        const applied = item.status.kind === 'applied' ? item.status.sent.alt_text?.text.trim() : undefined;
        const key = `${mediaId}\n${applied}`;
        if (applied && !remembered.has(key)) {
          remembered.add(key);
          void remember(applied.slice(0, 1000), bytes, upload.mediaType);
        }
      }
      // Media gone from the page take their suggestions with them (a long session would grow).
      for (const mediaId of Object.keys(view.byMedia)) if (!shown.has(mediaId)) delete view.byMedia[mediaId];
      for (const mediaId of Object.keys(view.marks)) if (!shown.has(mediaId)) delete view.marks[mediaId];
    },
  };
}
