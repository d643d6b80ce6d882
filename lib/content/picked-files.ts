import { X } from '../x/selectors';

/** The files of one pick in X's file input, and when (page time, as the uploads' `startedAt`). */
interface Pick {
  at: number;
  files: File[];
}

/** An upload as far as matching it to its picked file goes. */
export interface UploadForPick {
  mediaId: string;
  startedAt: number;
  mediaType: string;
  size: number;
}

const MAX_PICKS = 10;

/**
 * The files the user picked in X's composer, before X re-encodes them: a photo's caption (EXIF) may not survive X's
 * copy. X empties its file input right after reading it, so the files are read in a capture-phase `change` listener.
 */
export function watchPickedFiles(signal: AbortSignal) {
  const picks: Pick[] = [];
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.matches(X.fileInput) || !input.files?.length) return;
      picks.push({ at: performance.now(), files: [...input.files] });
      if (picks.length > MAX_PICKS) picks.shift();
    },
    { capture: true, signal },
  );

  return {
    /** The file the user picked for `upload`, if sure (see matchPicked). */
    originalOf: (upload: UploadForPick, uploads: readonly UploadForPick[]) => matchPicked(picks, upload, uploads),
  };
}

/**
 * The file picked for `upload`: one of the same size and type in the latest pick before it started (X sent it as
 * it was), or the one at the same place in that pick when the uploads started between it and the next pick are
 * exactly as many as its files. Undefined when unsure: the caption is optional, a wrong one is not.
 */
export function matchPicked<F extends { size: number; type: string }>(
  picks: ReadonlyArray<{ at: number; files: readonly F[] }>,
  upload: UploadForPick,
  uploads: readonly UploadForPick[],
): F | undefined {
  const index = picks.findLastIndex((pick) => pick.at <= upload.startedAt);
  const pick = picks[index];
  if (!pick) return undefined;
  const same = pick.files.find((file) => file.size === upload.size && file.type === upload.mediaType);
  if (same) return same;
  const until = picks[index + 1]?.at ?? Number.POSITIVE_INFINITY;
  const batch = uploads
    .filter((other) => other.startedAt >= pick.at && other.startedAt < until)
    .sort((a, b) => a.startedAt - b.startedAt);
  if (batch.length !== pick.files.length) return undefined;
  return pick.files[batch.findIndex((other) => other.mediaId === upload.mediaId)];
}
