import { randomInt } from 'node:crypto';
import type { MediaCategory, MetadataWrite, StoredMetadata, Uploader } from './types';

export interface Media {
  id: string;
  owner: string;
  /** The web client (upload.x.com, cookies) or an app (v2 upload, token): api.x.com's app-scoped rule uses it. */
  uploadedBy: Uploader;
  category: MediaCategory;
  mediaType: string;
  totalBytes: number;
  receivedBytes: number;
  segments: Set<number>;
  /** First bytes of segment 0, enough to read an image's size from its header. */
  head?: Buffer;
  finalized: boolean;
  /** STATUS polls answered so far: processing goes pending → in_progress → succeeded over two polls. */
  statusPolls: number;
  createdAt: number;
  expiresAt: number;
  /** User ids that may use the media besides its owner (v2 INIT's additional_owners). */
  additionalOwners: string[];
  /** INIT with source_url (a GIF from X's GIF search): X fetches it itself; no APPEND, no FINALIZE. */
  sourceUrl?: string;
}

/** X's media key prefixes: 3_ images (and banners), 16_ animated GIFs, 7_ videos, 13_ amplify videos. */
const KEY_PREFIX: Partial<Record<MediaCategory, number>> = {
  tweet_gif: 16,
  dm_gif: 16,
  tweet_video: 7,
  dm_video: 7,
  amplify_video: 13,
  subtitles: 14,
};

export function mediaKey(media: Media): string {
  return `${KEY_PREFIX[media.category] ?? 3}_${media.id}`;
}

/** Categories whose upload is processed after FINALIZE (STATUS polling); images are ready at once. */
export function isProcessed(category: MediaCategory): boolean {
  return /gif|video/.test(category);
}

/** Uploaded media by id, with ownership, expiry and the latest metadata each id received. */
export class MediaStore {
  private media = new Map<string, Media>();
  private metadata = new Map<string, StoredMetadata>();
  private history = new Map<string, MetadataWrite[]>();
  expirySec = 86400;

  reset(): void {
    this.media.clear();
    this.metadata.clear();
    this.history.clear();
    this.expirySec = 86400;
  }

  /** Random 19-digit ids with a non-zero first digit, like X's snowflakes (and too big for a JS number). */
  private newId(): string {
    for (;;) {
      const id = String(randomInt(1, 10)) + Array.from({ length: 18 }, () => randomInt(0, 10)).join('');
      if (!this.media.has(id)) return id;
    }
  }

  create(
    owner: string,
    category: MediaCategory,
    mediaType: string,
    totalBytes: number,
    uploadedBy: Uploader = 'web',
  ): Media {
    const now = Date.now();
    const media: Media = {
      id: this.newId(),
      owner,
      uploadedBy,
      category,
      mediaType,
      totalBytes,
      receivedBytes: 0,
      segments: new Set(),
      additionalOwners: [],
      finalized: false,
      statusPolls: 0,
      createdAt: now,
      expiresAt: now + this.expirySec * 1000,
    };
    this.media.set(media.id, media);
    return media;
  }

  /** The media if it exists and has not expired. */
  get(id: string): Media | undefined {
    const media = this.media.get(id);
    return media && Date.now() < media.expiresAt ? media : undefined;
  }

  /** Records an accepted write: it becomes the latest metadata and joins the id's history. */
  setMetadata(id: string, stored: StoredMetadata): void {
    this.metadata.set(id, stored);
    const alt = stored.metadata.alt_text;
    const text = typeof alt === 'object' && alt !== null ? (alt as { text?: unknown }).text : undefined;
    const write: MetadataWrite = { source: stored.form, metadata: stored.metadata, user: stored.user, at: stored.at };
    if (typeof text === 'string') write.altText = text;
    this.history.set(id, [...(this.history.get(id) ?? []), write]);
  }

  getHistory(id: string): MetadataWrite[] {
    return [...(this.history.get(id) ?? [])];
  }

  getMetadata(id: string): StoredMetadata | undefined {
    return this.metadata.get(id);
  }
}
