import { composerRootOf } from '../x/composer-reader';
import { X } from '../x/selectors';

/** Files the user just attached, in order, with the composer they went to. */
export interface AttachBatch {
  at: number;
  root: HTMLElement | null;
  files: Array<{ size: number; type: string }>;
}

/**
 * Notices files being attached — the file input (read in the capture phase: X empties it right after reading),
 * drag and drop, and paste — so each new tile can be given its file's size and the time it was attached, which
 * tie it to its upload. Listeners live until `signal` aborts.
 */
export function watchAttachments(signal: AbortSignal, onBatch: (batch: AttachBatch) => void): void {
  const report = (target: EventTarget | null, files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    const element = target instanceof Element ? target : null;
    const list = [...files]
      .filter((file) => /^(image|video)\//.test(file.type))
      .map((file) => ({ size: file.size, type: file.type }));
    if (list.length > 0) onBatch({ at: Date.now(), root: element ? composerRootOf(element) : null, files: list });
  };
  const options = { capture: true, signal };
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.matches(X.fileInput)) report(input, input.files);
    },
    options,
  );
  document.addEventListener('drop', (event) => report(event.target, event.dataTransfer?.files), options);
  document.addEventListener('paste', (event) => report(event.target, event.clipboardData?.files), options);
}
