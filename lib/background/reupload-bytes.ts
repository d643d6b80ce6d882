import { browser } from 'wxt/browser';
import { BYTES_REQUEST, BytesAnswerSchema } from '../reupload/reupload';
import { fromBase64 } from '../suggest/base64';

/** Asks a tab's content script for the bytes X's page uploaded for a media id (lib/content keeps them in memory). */
export async function bytesFromTab(
  tabId: number,
  mediaId: string,
): Promise<{ bytes: Uint8Array; mediaType: string; category: string } | undefined> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: BYTES_REQUEST, mediaId });
  const parsed = BytesAnswerSchema.safeParse(answer);
  if (!parsed.success) return undefined;
  return { bytes: fromBase64(parsed.data.base64), mediaType: parsed.data.mediaType, category: parsed.data.category };
}
