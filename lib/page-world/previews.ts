/**
 * The blob: URLs the page makes for files (its tiles' pictures), and which Blob each uploaded segment was cut from: so
 * that an upload names its tile exactly when its bytes are the file's, and by size when only that is known.
 */
const MAX_PREVIEWS = 32;

/**
 * Remembers the blob: URLs the page makes for files, so that an upload of exactly those bytes (same size and type:
 * nothing re-encoded) names its tile's image. Bounded: only the newest few are kept.
 */
export function watchPreviews() {
  const made = new Map<string, Blob>();
  const urlOf = new WeakMap<Blob, string>();
  const claimed = new Set<string>();
  const { createObjectURL, revokeObjectURL } = URL;
  watchSlices();
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    try {
      if (object instanceof Blob && /^(image|video)\//.test(object.type)) {
        made.set(url, object);
        urlOf.set(object, url);
        for (const old of made.keys()) {
          if (made.size <= MAX_PREVIEWS) break;
          made.delete(old);
        }
      }
    } catch {
      // Never break X's previews.
    }
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    made.delete(url);
    claimed.delete(url);
    return revokeObjectURL(url);
  };
  return {
    /**
     * The preview whose file these uploaded bytes were cut from (X slices the picked file into segments): exact, even
     * for the same file attached twice. Nothing when X re-encoded the picture (its bytes come from a canvas).
     */
    sourceOf(segment: Blob): string | undefined {
      const url = urlOf.get(rootOf(segment));
      if (url !== undefined) claimed.add(url);
      return url;
    },
    /** The one unclaimed preview of this size and type, if exactly one; two alike are told apart elsewhere. */
    claim(size: number, type: string): string | undefined {
      const matches = [...made].filter(([url, blob]) => !claimed.has(url) && blob.size === size && blob.type === type);
      if (matches.length !== 1) return undefined;
      const url = matches[0]![0];
      claimed.add(url);
      return url;
    },
  };
}

/** Which Blob each Blob was cut or copied from: slices, and the File a FormData makes of an appended Blob. */
const parents = new WeakMap<Blob, Blob>();

function rootOf(blob: Blob): Blob {
  let current = blob;
  for (let depth = 0; depth < 4; depth++) {
    const parent = parents.get(current);
    if (!parent) break;
    current = parent;
  }
  return current;
}

function watchSlices(): void {
  const { slice } = Blob.prototype;
  Blob.prototype.slice = function (this: Blob, ...args: Parameters<Blob['slice']>) {
    const part = slice.apply(this, args);
    try {
      parents.set(part, this);
    } catch {
      // Never break X's uploads.
    }
    return part;
  };
  const { append } = FormData.prototype;
  FormData.prototype.append = function (this: FormData, ...args: [string, string | Blob, string?]) {
    const result = append.apply(this, args as Parameters<FormData['append']>);
    try {
      const [name, value] = args;
      const stored = value instanceof Blob ? this.getAll(name).at(-1) : undefined;
      if (value instanceof Blob && stored instanceof Blob && stored !== value) parents.set(stored, value);
    } catch {
      // Never break X's uploads.
    }
    return result;
  };
}
