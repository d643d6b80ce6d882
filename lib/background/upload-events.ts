import type { UploadEvent } from './media-service';

/** X's upload endpoint, on the current host and the older one; upload2.json takes long videos. */
export const UPLOAD_URLS = [
  'https://upload.x.com/i/media/upload.json*',
  'https://upload.x.com/i/media/upload2.json*',
  'https://upload.twitter.com/i/media/upload.json*',
  'https://upload.twitter.com/i/media/upload2.json*',
];

interface RequestDetails {
  method: string;
  tabId: number;
  requestId: string;
  url: string;
  timeStamp: number;
  statusCode?: number;
  requestBody?: { formData?: Record<string, unknown> } | null;
}

/**
 * The parts of a webRequest event the media service reads (a request that failed has no status: 0). Firefox also
 * reports CORS preflights (OPTIONS, same URL): they are not uploads, so they become no event at all.
 */
export function uploadEvent(details: RequestDetails): UploadEvent | undefined {
  if (details.method !== 'POST' && details.method !== 'GET') return undefined;
  return {
    tabId: details.tabId,
    requestId: details.requestId,
    url: details.url,
    timeStamp: details.timeStamp,
    formData: details.requestBody?.formData ?? undefined,
    statusCode: details.statusCode ?? 0,
  };
}
