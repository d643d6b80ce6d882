import type { AccountService } from '../account/account';
import type { AccountStatus } from '../account/status';
import { prepareMetadataCall } from '../api/client';
import { formOfUrl } from '../api/endpoint-forms';
import type { MediaMetadata } from '../api/metadata-schema';
import type { MetadataDraft } from '../draft/draft';
import { MEDIA_ID_LIFETIME_MS, type Tile } from '../media/item';
import { type ItemStatus, needsAttention } from '../media/item-status';
import type { ItemView, TabState } from '../media/views';
import type { Job, JobQueue } from '../queue';
import { statusOf } from '../queue';
import { type Reupload, type ReuploadDeps, reupload, shouldReupload, WORDS } from '../reupload/reupload';
import type { Settings } from '../settings/settings';
import type { StoredItem } from '../storage/stored-item';
import type { DraftStore } from './drafts';
import type { History } from './history';
import { type TabRegistry, tiledMedia } from './tab-registry';
import { parseUploadCommand, recordCompletion, recordRequest, type UploadCommand } from './uploads';

export interface UploadEvent {
  tabId: number;
  requestId: string;
  url: string;
  timeStamp: number;
  formData?: Record<string, unknown>;
  statusCode?: number;
}

export interface MediaServiceDeps {
  tabs: TabRegistry;
  drafts: DraftStore;
  history: History;
  queue: JobQueue;
  account: Pick<AccountService, 'status'>;
  settings: StoredItem<Settings>;
  now(): number;
  /** Sends a tab's new state to its content script and to open views; sets the toolbar badge. */
  publish(state: TabState, attention: number): void;
  /** Uploading again with the user's app (lib/reupload): the tab's bytes, and the upload itself. */
  reupload: Pick<ReuploadDeps, 'upload'> & {
    bytesOf(tabId: number, mediaId: string): ReturnType<ReuploadDeps['bytesOf']>;
  };
}

/**
 * Joins what the content script sees (tiles) with what the background saw (uploads), the user's drafts and the
 * jobs, into each tab's items; and turns Save into a job. Every change is published to the tab and the views.
 */
export function createMediaService(deps: MediaServiceDeps) {
  // A completion event carries no request body: remember what each request was (it may have named its command in
  // the body). Lost if the worker stops mid-upload; the URL is then the only source, as it is for most clients.
  const commands = new Map<string, UploadCommand>();

  async function tabState(tabId: number): Promise<TabState> {
    const [record, drafts, jobs, account, settings] = await Promise.all([
      deps.tabs.get(tabId),
      deps.drafts.all(),
      deps.queue.jobs(),
      deps.account.status(),
      deps.settings.get(),
    ]);
    const items: ItemView[] = tiledMedia(tabId, record).map(({ tile, item }) => {
      const again = item ? record.reuploads?.[item.mediaId] : undefined;
      return {
        tileKey: tile.key,
        mediaId: item?.mediaId,
        kind: tile.kind,
        composerId: tile.composerId,
        post: tile.post,
        index: tile.index,
        thumbnail: tile.thumbnail,
        xAltText: tile.xAltText,
        ...(again?.appId ? { reuploadedAs: again.appId } : {}),
        draft: item ? (drafts[item.mediaId] ?? null) : null,
        status: !item
          ? { kind: 'unsaved' }
          : again
            ? reuploadStatus(again, jobs)
            : statusOf(jobs[item.mediaId], deps.now()),
      };
    });
    // X answers "doesn't own" for another account's media: say so before the user types, and call nothing.
    if (otherAccount(account, record.postsAs)) {
      for (const view of items) {
        if (view.mediaId && (view.status.kind === 'unsaved' || view.status.kind === 'failed'))
          view.status = { kind: 'waiting', reason: 'other-account' };
      }
    }
    return { tabId, onX: record.hasContent, items, account, settings, postsAs: record.postsAs };
  }

  async function publish(tabId: number): Promise<TabState> {
    const state = await tabState(tabId);
    deps.publish(state, state.items.filter((i) => i.mediaId && needsAttention(i.status)).length);
    return state;
  }

  /** Where a media id is on screen now, if anywhere: its deadline, its tab and its thumbnail. */
  async function locate(
    mediaId: string,
  ): Promise<{ tabId: number; expiresAt: number; tile: Tile; incognito: boolean } | undefined> {
    for (const tabId of await deps.tabs.ids()) {
      const record = await deps.tabs.get(tabId);
      // An id uploaded again with the user's app stands for the page's own.
      const pageId =
        Object.entries(record.reuploads ?? {}).find(([, again]) => again.appId === mediaId)?.[0] ?? mediaId;
      const found = tiledMedia(tabId, record).find(({ item }) => item?.mediaId === pageId);
      if (found?.item) return { tabId, expiresAt: found.item.expiresAt, tile: found.tile, incognito: record.incognito };
    }
    return undefined;
  }

  /** X refused metadata on the page's own upload: upload it again with the user's app, if that can help. */
  async function startReupload(tabId: number, job: Job): Promise<void> {
    const [record, account] = await Promise.all([deps.tabs.get(tabId), deps.account.status()]);
    const upload = record.uploads.find((u) => u.mediaId === job.mediaId);
    const existing = record.reuploads?.[job.mediaId];
    const expiresAt = record.tiles.find((tile) => tile.mediaId === job.mediaId)?.expiresAt;
    const why = { job, upload, expiresAt, postsAs: record.postsAs, account, existing, now: deps.now() };
    if (!shouldReupload(why)) return;
    await reupload(
      {
        bytesOf: () => deps.reupload.bytesOf(tabId, job.mediaId),
        upload: deps.reupload.upload,
        now: deps.now,
        record: async (again) => {
          await deps.tabs.update(tabId, (r) => ({ ...r, reuploads: { ...r.reuploads, [job.mediaId]: again } }));
          await publish(tabId);
        },
        apply: async (appId, metadata) => {
          const settings = await deps.settings.get();
          const auth = account.state !== 'none' && account.method === 'oauth1' ? 'oauth1' : 'oauth2';
          const prepared = prepareMetadataCall({ mediaId: appId, metadata }, settings.endpointForm, auth);
          if (!prepared.ok) return;
          await deps.queue.save({
            mediaId: appId,
            form: settings.endpointForm,
            request: prepared.request,
            metadata,
            deadline: deps.now() + MEDIA_ID_LIFETIME_MS,
          });
          await publish(tabId);
        },
      },
      job,
    );
  }

  /** The status of an item uploaded again: the upload's, then the metadata job's on the new id. */
  function reuploadStatus(again: Reupload, jobs: Record<string, Job>): ItemStatus {
    if (again.state === 'uploading') return { kind: 'saving' };
    if (again.state === 'failed' || !again.appId)
      return { kind: 'failed', message: again.message ?? WORDS.failed('?'), problems: [] };
    return statusOf(jobs[again.appId], deps.now());
  }

  return {
    tabState,

    async onTiles(tabId: number, incognito: boolean, tiles: Tile[], postsAs?: string): Promise<TabState> {
      await deps.tabs.update(tabId, (record) => ({ ...record, tiles, hasContent: true, incognito, postsAs }));
      return publish(tabId);
    },

    async onUploadRequest(event: UploadEvent): Promise<void> {
      const command = parseUploadCommand(event.url, event.formData);
      if (!command || event.tabId < 0) return;
      commands.set(event.requestId, command);
      await deps.tabs.update(event.tabId, (r) => ({
        ...r,
        uploads: recordRequest(r.uploads, event.requestId, event.timeStamp, command),
      }));
    },

    async onUploadCompleted(event: UploadEvent): Promise<void> {
      const command = commands.get(event.requestId) ?? parseUploadCommand(event.url);
      commands.delete(event.requestId);
      if (!command || event.tabId < 0) return;
      await deps.tabs.update(event.tabId, (r) => ({
        ...r,
        uploads: recordCompletion(r.uploads, event.requestId, event.timeStamp, command, event.statusCode ?? 0),
      }));
      // A finished upload is when an item becomes known: the page learns it now, and prompts. (An INIT's answer
      // changes nothing a view shows.)
      if (command.command === 'FINALIZE' || command.command === 'STATUS') await publish(event.tabId);
    },

    async saveDraft(mediaId: string, draft: MetadataDraft): Promise<void> {
      const where = await locate(mediaId);
      await deps.drafts.set(mediaId, draft, where?.incognito ?? false);
    },

    /** Save: checks the metadata against the schema and the chosen endpoint form, then hands it to the queue. */
    async save(pageId: string, metadata: MediaMetadata): Promise<ItemStatus> {
      const [settings, account, where] = await Promise.all([
        deps.settings.get(),
        deps.account.status(),
        locate(pageId),
      ]);
      // Uploaded again with the user's app: what the user saves now goes to that copy, which the post carries.
      const again = where ? (await deps.tabs.get(where.tabId)).reuploads?.[pageId] : undefined;
      const mediaId = again?.appId ?? pageId;
      if (where && otherAccount(account, (await deps.tabs.get(where.tabId)).postsAs)) {
        return { kind: 'waiting', reason: 'other-account' };
      }
      const auth = account.state !== 'none' && account.method === 'oauth1' ? 'oauth1' : 'oauth2';
      const prepared = prepareMetadataCall({ mediaId, metadata }, settings.endpointForm, auth);
      if (!prepared.ok) {
        const outcome = prepared.outcome;
        return {
          kind: 'failed',
          message: outcome.message,
          problems: outcome.kind === 'invalid' ? outcome.problems : [],
        };
      }
      const deadline = where?.expiresAt ?? deps.now() + MEDIA_ID_LIFETIME_MS;
      const job = await deps.queue.save({
        mediaId,
        form: settings.endpointForm,
        request: prepared.request,
        metadata,
        deadline,
      });
      if (where) await publish(where.tabId);
      return statusOf(job, deps.now());
    },

    async retry(mediaId: string): Promise<ItemStatus> {
      const where = await locate(mediaId);
      const record = where ? await deps.tabs.get(where.tabId) : undefined;
      const again = record?.reuploads?.[mediaId];
      if (again?.state === 'failed' && where) {
        const job = (await deps.queue.jobs())[mediaId];
        if (job) await startReupload(where.tabId, job);
        return tabState(where.tabId).then(
          (s) => s.items.find((i) => i.mediaId === mediaId)?.status ?? { kind: 'saving' },
        );
      }
      const job = await deps.queue.retry(again?.appId ?? mediaId);
      return statusOf(job, deps.now());
    },

    /** Jobs changed (a call ended, a retry was scheduled): record what reached X, and update the tabs showing them. */
    async onJobsChanged(changed: Job[]): Promise<void> {
      const located = await Promise.all(changed.map(async (job) => ({ job, where: await locate(job.mediaId) })));
      // The tabs first: a held post waits for this news; the history can be written after.
      const tabs = new Set(located.flatMap(({ where }) => (where ? [where.tabId] : [])));
      await Promise.all([...tabs].map(publish));
      for (const { job, where } of located) {
        if (where && job.cause === 'media-gone') await startReupload(where.tabId, job);
        const status = statusOf(job, deps.now());
        const form = job.applied && formOfUrl(job.applied.request.url);
        if (status.kind === 'applied' && form) {
          await deps.history.add({
            mediaId: job.mediaId,
            at: status.at,
            form,
            sent: status.sent,
            thumbnail: where?.tile.thumbnail,
          });
        }
      }
    },

    tabClosed: (tabId: number) => deps.tabs.remove(tabId),
  };
}

export type MediaService = ReturnType<typeof createMediaService>;

/** The tab posts as an X account other than the connected one. */
function otherAccount(account: AccountStatus, postsAs: string | undefined): boolean {
  return postsAs !== undefined && account.state !== 'none' && account.user.id !== postsAs;
}
