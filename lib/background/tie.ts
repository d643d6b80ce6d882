import type { Tile } from '../media/item';
import type { Upload } from './uploads';

/** Uploads may start a little before the page's tile appears for them; beyond this, they are someone else's. */
const ATTACH_SLACK_MS = 2_000;

/**
 * Ties each tile the content script sees to one of the tab's uploads. Existing ties hold while both sides exist.
 * New tiles take, in the order they were attached, the earliest free upload that started after them — preferring
 * one whose size matches the file's (so several files attached at once, finishing in any order, still pair up;
 * the same file attached twice pairs by order).
 */
export function tieTiles(
  tiles: readonly Tile[],
  uploads: readonly Upload[],
  previous: Record<string, string>,
): Record<string, string> {
  const ties: Record<string, string> = {};
  const taken = new Set<string>();
  for (const tile of tiles) {
    const uid = previous[tile.key];
    if (uid !== undefined && uploads.some((u) => u.uid === uid && !u.failed)) {
      ties[tile.key] = uid;
      taken.add(uid);
    }
  }
  const untied = tiles
    .filter((tile) => ties[tile.key] === undefined)
    .sort((a, b) => a.attachedAt - b.attachedAt || a.post - b.post || a.index - b.index);
  for (const tile of untied) {
    const free = uploads.filter((u) => !taken.has(u.uid) && !u.failed && u.initAt >= tile.attachedAt - ATTACH_SLACK_MS);
    const match = free.find((u) => tile.size !== undefined && u.totalBytes === tile.size) ?? free[0];
    if (match) {
      ties[tile.key] = match.uid;
      taken.add(match.uid);
    }
  }
  return ties;
}
