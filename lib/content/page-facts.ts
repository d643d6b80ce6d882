import type { ItemView } from '../media/views';
import { COMPOSE_ROUTE } from '../x/selectors';
import { intendedAltText } from './hold-decision';
import type { NetworkUpload } from './network-media';
import { base64Of } from './own-blob';

/** X's own media editor is open (route /compose/post/media). */
export function inXEditor(): boolean {
  return COMPOSE_ROUTE.test(location.pathname) && /\/media\/?$/.test(location.pathname);
}

/** The bytes X's page uploaded, for the background's upload made again with the user's app (lib/reupload). */
export async function bytesAnswer(upload: NetworkUpload | undefined) {
  if (!upload?.bytes) return undefined;
  return { base64: await base64Of(upload.bytes), mediaType: upload.mediaType, category: upload.category };
}

/** The X account this tab posts as: x.com's twid cookie holds `u=<user id>`. */
export function tabAccount(): string | undefined {
  const twid = /(?:^|;\s*)twid=([^;]*)/.exec(document.cookie)?.[1];
  if (!twid) return undefined;
  let value = twid;
  try {
    value = decodeURIComponent(twid);
  } catch {
    return undefined;
  }
  return /^"?u=([0-9]{1,20})"?$/.exec(value)?.[1];
}

/** The alt text the user wrote with us for an item (typed, or applied): what reaches X when X's editor has another. */
export function intendedOurs(item: ItemView): string {
  return intendedAltText({ ...item, xAltText: undefined });
}
