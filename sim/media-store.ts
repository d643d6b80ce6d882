import { randomInt } from 'node:crypto';
import type { MediaCategory, StoredMetadata } from './types';

export interface Media {
  id: string;
  owner: string;
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
}

/** X's media key prefixes: 3_ images, 16_ animated GIFs, 7_ videos. */
export function mediaKey(media: Media): string {
  const prefix = media.category === 'tweet_gif' ? 16 : media.category === 'tweet_video' ? 7 : 3;
  return `${prefix}_${media.id}`;
}

/** Uploaded media by id, with ownership, expiry and the latest metadata each id received. */
export class MediaStore {
  private media = new Map<string, Media>();
  private metadata = new Map<string, StoredMetadata>();
  expirySec = 86400;

  reset(): void {
    this.media.clear();
    this.metadata.clear();
    this.expirySec = 86400;
  }

  /** Random 19-digit ids with a non-zero first digit, like X's snowflakes (and too big for a JS number). */
  private newId(): string {
    for (;;) {
      const id = String(randomInt(1, 10)) + Array.from({ length: 18 }, () => randomInt(0, 10)).join('');
      if (!this.media.has(id)) return id;
    }
  }

  create(owner: string, category: MediaCategory, mediaType: string, totalBytes: number): Media {
    const now = Date.now();
    const media: Media = {
      id: this.newId(),
      owner,
      category,
      mediaType,
      totalBytes,
      receivedBytes: 0,
      segments: new Set(),
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

  setMetadata(id: string, stored: StoredMetadata): void {
    this.metadata.set(id, stored);
  }

  getMetadata(id: string): StoredMetadata | undefined {
    return this.metadata.get(id);
  }
}
