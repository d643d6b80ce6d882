import { COMPOSER_CATEGORIES } from '../page-world/protocol';
import { type Fingerprint, fingerprintOf } from '../pairing/fingerprint';
import type { UploadKind } from '../pairing/pairing';
import { ownCopy } from './own-blob';
import type { Upload } from './tap-listener';
import { makeThumbnail } from './thumbnail';

/** A composer upload as the page's network traffic showed it (the page's word; the background checks the id). */
export interface NetworkUpload {
  mediaId: string;
  kind: UploadKind;
  /** Page time (performance.now) of its INIT: orders uploads among themselves. */
  startedAt: number;
  previewUrl?: string;
  sourceUrl?: string;
  /** X finished receiving it (FINALIZE answered, or a GIF search result's STATUS said succeeded). */
  ready: boolean;
  /** When this page learnt it was ready (ms since epoch). */
  readyAt?: number;
  fingerprint?: Fingerprint;
  unreadable?: boolean;
  thumbnail?: string;
  /** What X uploaded, kept in memory only while the post may need it (an upload made again with the user's app). */
  bytes?: Blob;
  mediaType: string;
  category: string;
  /** When X said it would forget the id (ms since epoch), from INIT's answer. */
  expiresAt?: number;
}

const MAX_UPLOADS = 40;
/** Larger images are not decoded here just to pair them: the order and the blob: URL still do. */
const MAX_DECODE_BYTES = 30 * 1024 * 1024;

export function kindOfCategory(category: string): UploadKind | undefined {
  if (!(COMPOSER_CATEGORIES as readonly string[]).includes(category)) return undefined;
  return category === 'tweet_image' ? 'image' : category === 'tweet_gif' ? 'gif' : 'video';
}

/**
 * The composer uploads the page made, from the page world's reports. DM, subtitle and banner uploads go through the
 * same uploader: their categories are not a composer's, so they are never kept.
 */
export function createNetworkMedia(onChange: () => void) {
  const uploads = new Map<string, NetworkUpload>();

  /** Keeps a copy of the bytes of its own, then (pictures) a fingerprint and a thumbnail from them. */
  const describePicture = async (upload: NetworkUpload, pageBytes: Blob) => {
    try {
      upload.bytes = await ownCopy(pageBytes, upload.mediaType);
    } catch {
      upload.unreadable = true;
      return;
    }
    const bytes = upload.bytes;
    if (bytes.size > MAX_DECODE_BYTES || upload.kind === 'video') {
      upload.unreadable = true;
      return;
    }
    try {
      const bitmap = await createImageBitmap(bytes);
      upload.fingerprint = fingerprintOf(bitmap);
      upload.thumbnail = makeThumbnail(bitmap);
      bitmap.close();
    } catch {
      // Not decodable here: pairing falls back to the order of uploads.
    }
    upload.unreadable = upload.fingerprint === undefined;
  };

  return {
    onUpload(report: Upload): void {
      const kind = kindOfCategory(report.category);
      if (!kind) return;
      if (report.stage === 'failed') {
        uploads.delete(report.mediaId);
        onChange();
        return;
      }
      const known = uploads.get(report.mediaId);
      const upload: NetworkUpload = known ?? {
        mediaId: report.mediaId,
        kind,
        startedAt: report.startedAt,
        previewUrl: report.previewUrl,
        sourceUrl: report.sourceUrl,
        ready: false,
        mediaType: report.mediaType,
        category: report.category,
        ...(report.expiresAfterSecs ? { expiresAt: Date.now() + report.expiresAfterSecs * 1000 } : {}),
      };
      uploads.set(upload.mediaId, upload);
      for (const old of uploads.keys()) {
        if (uploads.size <= MAX_UPLOADS) break;
        uploads.delete(old);
      }
      if (report.stage === 'ready' && !upload.ready) {
        upload.ready = true;
        // Known exactly only now (the bytes' source): it beats the size match of the start.
        if (report.previewUrl) upload.previewUrl = report.previewUrl;
        if (report.bytes) {
          void describePicture(upload, report.bytes).then(onChange);
          return;
        }
        upload.unreadable = true;
      }
      onChange();
    },
    list: (): NetworkUpload[] => [...uploads.values()],
    get: (mediaId: string) => uploads.get(mediaId),
    /** Gone from the page (removed, or posted and the composer closed): nothing of it is kept. */
    forget(mediaId: string): void {
      if (uploads.delete(mediaId)) onChange();
    },
  };
}

export type NetworkMedia = ReturnType<typeof createNetworkMedia>;
