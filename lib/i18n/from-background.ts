import { sendMessage } from '../messages/send';
import type { CatalogSource } from '.';

/**
 * The content script's source of strings: the background sends the ones asked for, so an x.com page carries only
 * English (the fallback) and receives its own language, for its own surfaces, once.
 */
export const catalogFromBackground: CatalogSource = async (locale, surfaces) => {
  const answer = await sendMessage('i18n/catalog', { locale, surfaces });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};
