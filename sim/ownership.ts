import type { SimState } from './context';
import type { Media } from './media-store';

/**
 * Whether an API metadata call (any of the three forms) by `user` may touch `media`. X documents ownership per
 * user; with the appScopedOwnership switch the simulator also plays the undocumented stricter rule, where media
 * that X's web client uploaded is refused to an app's token just like someone else's media.
 */
export function apiMayWrite(state: SimState, media: Media, user: string): boolean {
  const coOwner = media.additionalOwners.includes(state.auth.users[user]?.id ?? '');
  if (media.owner !== user && !coOwner) return false;
  return !(state.web.appScopedOwnership && media.uploadedBy === 'web');
}
