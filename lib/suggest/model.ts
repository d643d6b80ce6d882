/**
 * The browser's own model, where it has one: Chrome's Prompt API (`LanguageModel`, with image input) and Firefox's
 * `browser.trial.ml` (`image-to-text`). Both are feature-detected; where neither exists the option is shown as
 * unavailable, with the reason. A model download starts only from `prepare`, which Options calls on a click.
 * Everything runs on the device; the OCR text goes into the prompt so a screenshot is described by what it says.
 */

export type ModelState =
  | { state: 'unavailable'; reason: 'no-api' | 'no-image-input' | 'error' }
  | { state: 'needs-permission' }
  | { state: 'downloadable' }
  | { state: 'downloading'; progress: number }
  | { state: 'available' };

export interface ModelProvider {
  readonly name: 'prompt-api' | 'trial-ml' | 'none';
  status(): Promise<ModelState>;
  /** Starts (or finishes) the model download; `onProgress` gets 0–1. Call only from a user's click. */
  prepare(onProgress: (fraction: number) => void): Promise<ModelState>;
  describe(image: Blob, ocrText: string | undefined): Promise<string | undefined>;
}

/** The words sent to the model with the picture. OCR text, when any, makes "a screenshot" into what it says. */
export function modelPrompt(ocrText: string | undefined): string {
  const base =
    'Write alt text for this image for a blind reader: one or two plain sentences, no "image of". If it is a ' +
    'screenshot of a post, a chat or an article, say what kind and by whom, then give its text.';
  return ocrText ? `${base}\nThe text found in the image is:\n${ocrText.slice(0, 1500)}` : base;
}

// ---------------------------------------------------------------- Chrome: the Prompt API

interface LanguageModelStatic {
  availability(options: object): Promise<string>;
  create(options: object): Promise<{
    prompt(input: unknown): Promise<string>;
    destroy(): void;
  }>;
}

const IMAGE_INPUT = { expectedInputs: [{ type: 'image' }, { type: 'text' }] };

export function promptApiProvider(api: LanguageModelStatic): ModelProvider {
  const status = async (): Promise<ModelState> => {
    try {
      const availability = await api.availability(IMAGE_INPUT);
      if (availability === 'available') return { state: 'available' };
      if (availability === 'downloadable') return { state: 'downloadable' };
      if (availability === 'downloading') return { state: 'downloading', progress: 0 };
      return { state: 'unavailable', reason: 'no-image-input' };
    } catch {
      return { state: 'unavailable', reason: 'error' };
    }
  };
  return {
    name: 'prompt-api',
    status,
    async prepare(onProgress) {
      const session = await api.create({
        ...IMAGE_INPUT,
        monitor(monitor: EventTarget) {
          monitor.addEventListener('downloadprogress', (event) =>
            onProgress((event as Event & { loaded: number }).loaded),
          );
        },
      });
      session.destroy();
      return status();
    },
    async describe(image, ocrText) {
      if ((await status()).state !== 'available') return undefined;
      const session = await api.create(IMAGE_INPUT);
      try {
        const answer = await session.prompt([
          {
            role: 'user',
            content: [
              { type: 'text', value: modelPrompt(ocrText) },
              { type: 'image', value: image },
            ],
          },
        ]);
        return answer.trim() || undefined;
      } finally {
        session.destroy();
      }
    },
  };
}

// ---------------------------------------------------------------- Firefox: browser.trial.ml

interface TrialMl {
  createEngine(options: object): Promise<unknown>;
  runEngine(request: { args: unknown[]; options?: object }): Promise<Array<{ generated_text?: string }>>;
  onProgress?: { addListener(listener: (progress: { progress?: number }) => void): void };
}

export interface TrialMlAccess {
  /** `browser.trial?.ml`, present only once the optional permission `trialML` is granted. */
  api(): TrialMl | undefined;
  hasPermission(): Promise<boolean>;
  /** Asks for `trialML`; must be called from a click. */
  requestPermission(): Promise<boolean>;
  /** Whether this Firefox has the API at all (it is behind a pref in release builds). */
  supported(): boolean;
}

const TRIAL_TASK = { taskName: 'image-to-text' };

export function trialMlProvider(access: TrialMlAccess): ModelProvider {
  let ready = false;
  const status = async (): Promise<ModelState> => {
    if (!access.supported()) return { state: 'unavailable', reason: 'no-api' };
    if (!(await access.hasPermission())) return { state: 'needs-permission' };
    return ready ? { state: 'available' } : { state: 'downloadable' };
  };
  return {
    name: 'trial-ml',
    status,
    async prepare(onProgress) {
      if (!(await access.hasPermission()) && !(await access.requestPermission())) return status();
      const api = access.api();
      if (!api) return { state: 'unavailable', reason: 'no-api' };
      api.onProgress?.addListener((p) => onProgress(Math.min(1, (p.progress ?? 0) / 100)));
      await api.createEngine(TRIAL_TASK);
      ready = true;
      return status();
    },
    async describe(image) {
      const api = access.api();
      if (!api || !ready) return undefined;
      // The image-to-text task takes a URL; a blob: URL stays in this process.
      const url = URL.createObjectURL(image);
      try {
        const [first] = await api.runEngine({ args: [url] });
        return first?.generated_text?.trim() || undefined;
      } finally {
        URL.revokeObjectURL(url);
      }
    },
  };
}

export const noModel: ModelProvider = {
  name: 'none',
  status: async () => ({ state: 'unavailable', reason: 'no-api' }),
  prepare: async () => ({ state: 'unavailable', reason: 'no-api' }),
  describe: async () => undefined,
};

/** The provider this context has: Chrome's LanguageModel, else Firefox's trial.ml, else none. */
export function detectModel(scope: { LanguageModel?: unknown }, trial: TrialMlAccess | undefined): ModelProvider {
  const api = scope.LanguageModel as LanguageModelStatic | undefined;
  if (api && typeof api.availability === 'function' && typeof api.create === 'function') return promptApiProvider(api);
  if (trial?.supported()) return trialMlProvider(trial);
  return noModel;
}
