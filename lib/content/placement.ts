export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Placement {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

const GAP = 12;
const MARGIN = 8;
const MAX_WIDTH = 400;
const MIN_WIDTH = 300;
const MIN_HEIGHT = 240;

/**
 * Where the prompt goes: beside the composer (right, then left), else below or above it, so it never covers the
 * composer and its Post button; in a window too small for any of those, a bottom sheet over the lower part.
 */
export function placePrompt(composer: Box, viewport: { width: number; height: number }): Placement {
  const roomRight = viewport.width - composer.right - GAP - MARGIN;
  const roomLeft = composer.left - GAP - MARGIN;
  const fullHeight = viewport.height - 2 * MARGIN;
  const top = Math.min(Math.max(MARGIN, composer.top), viewport.height - MIN_HEIGHT - MARGIN);
  if (roomRight >= MIN_WIDTH) {
    const width = Math.min(MAX_WIDTH, roomRight);
    return { top, left: composer.right + GAP, width, maxHeight: fullHeight - (top - MARGIN) };
  }
  if (roomLeft >= MIN_WIDTH) {
    const width = Math.min(MAX_WIDTH, roomLeft);
    return { top, left: composer.left - GAP - width, width, maxHeight: fullHeight - (top - MARGIN) };
  }
  const width = Math.min(MAX_WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.min(Math.max(MARGIN, composer.left), viewport.width - width - MARGIN);
  const roomBelow = viewport.height - composer.bottom - GAP - MARGIN;
  if (roomBelow >= MIN_HEIGHT) return { top: composer.bottom + GAP, left, width, maxHeight: roomBelow };
  const roomAbove = composer.top - GAP - MARGIN;
  if (roomAbove >= MIN_HEIGHT) return { top: MARGIN, left, width, maxHeight: roomAbove };
  const height = Math.max(MIN_HEIGHT, Math.round(viewport.height * 0.45));
  return { top: viewport.height - height - MARGIN, left: viewport.width - width - MARGIN, width, maxHeight: height };
}
