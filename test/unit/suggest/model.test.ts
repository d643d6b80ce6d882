import { describe, expect, test, vi } from 'vitest';
import {
  detectModel,
  modelPrompt,
  noModel,
  promptApiProvider,
  type TrialMlAccess,
  trialMlProvider,
} from '../../../lib/suggest/model';

/** The browser's model, behind fakes of Chrome's LanguageModel and Firefox's trial.ml (neither exists here). */

function fakeLanguageModel(availability: string) {
  const prompts: unknown[] = [];
  const destroy = vi.fn();
  const api = {
    availability: vi.fn(async (_options: object) => availability),
    create: vi.fn(async (options: { monitor?: (m: EventTarget) => void }) => {
      if (options.monitor) {
        const monitor = new EventTarget();
        options.monitor(monitor);
        for (const loaded of [0.25, 1]) monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      }
      return {
        prompt: async (input: unknown) => {
          prompts.push(input);
          return '  Screenshot of a post by @alice: Meeting moved to Thursday.  ';
        },
        destroy,
      };
    }),
  };
  return { api, prompts, destroy };
}

function fakeTrial(options: { supported: boolean; granted: boolean; grants: boolean }) {
  let granted = options.granted;
  const engine = {
    createEngine: vi.fn(async () => ({})),
    runEngine: vi.fn(async () => [{ generated_text: ' a dog on a beach ' }]),
    onProgress: { addListener: (listener: (p: { progress?: number }) => void) => listener({ progress: 50 }) },
  };
  const access: TrialMlAccess = {
    api: () => (granted ? engine : undefined),
    hasPermission: async () => granted,
    requestPermission: vi.fn(async () => {
      granted = options.grants;
      return granted;
    }),
    supported: () => options.supported,
  };
  return { access, engine };
}

describe('detection', () => {
  test('no API at all: unavailable, explained', async () => {
    const model = detectModel({}, undefined);
    expect(model).toBe(noModel);
    expect(await model.status()).toEqual({ state: 'unavailable', reason: 'no-api' });
    expect(await model.describe(new Blob(), 'text')).toBeUndefined();
  });
  test("Chrome's LanguageModel is asked about image input specifically", async () => {
    const { api } = fakeLanguageModel('unavailable');
    const model = detectModel({ LanguageModel: api }, undefined);
    expect(model.name).toBe('prompt-api');
    expect(await model.status()).toEqual({ state: 'unavailable', reason: 'no-image-input' });
    expect(api.availability).toHaveBeenCalledWith({ expectedInputs: [{ type: 'image' }, { type: 'text' }] });
  });
  test('a LanguageModel whose availability throws is unavailable, not an error', async () => {
    const model = promptApiProvider({
      availability: async () => {
        throw new Error('broken');
      },
      create: async () => {
        throw new Error('never');
      },
    });
    expect(await model.status()).toEqual({ state: 'unavailable', reason: 'error' });
  });
  test('Firefox without trial.ml: none; with it: needs the permission first', async () => {
    expect(detectModel({}, fakeTrial({ supported: false, granted: false, grants: false }).access)).toBe(noModel);
    const model = detectModel({}, fakeTrial({ supported: true, granted: false, grants: true }).access);
    expect(model.name).toBe('trial-ml');
    expect(await model.status()).toEqual({ state: 'needs-permission' });
  });
});

describe('Chrome Prompt API', () => {
  test('nothing is described until the model is available; the download runs only from prepare, with progress', async () => {
    const { api, prompts } = fakeLanguageModel('downloadable');
    const model = promptApiProvider(api);
    expect(await model.describe(new Blob(), undefined)).toBeUndefined();
    expect(api.create).not.toHaveBeenCalled();
    const progress: number[] = [];
    await model.prepare((p) => progress.push(p));
    expect(progress).toEqual([0.25, 1]);
    expect(prompts).toEqual([]);
  });
  test('the OCR text goes into the prompt with the image; the answer is trimmed', async () => {
    const { api, prompts, destroy } = fakeLanguageModel('available');
    const image = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    const text = await promptApiProvider(api).describe(image, 'Meeting moved to Thursday');
    expect(text).toBe('Screenshot of a post by @alice: Meeting moved to Thursday.');
    const [message] = prompts[0] as Array<{ content: Array<{ type: string; value: unknown }> }>;
    expect(message?.content[0]?.value).toContain('Meeting moved to Thursday');
    expect(message?.content[1]).toEqual({ type: 'image', value: image });
    expect(destroy).toHaveBeenCalled();
  });
});

describe('Firefox trial.ml', () => {
  test('prepare asks for the permission; refused, nothing is created', async () => {
    const { access, engine } = fakeTrial({ supported: true, granted: false, grants: false });
    const model = trialMlProvider(access);
    expect(await model.prepare(() => {})).toEqual({ state: 'needs-permission' });
    expect(access.requestPermission).toHaveBeenCalledOnce();
    expect(engine.createEngine).not.toHaveBeenCalled();
  });
  test('granted: the engine is created with progress, then describes pictures', async () => {
    const { access, engine } = fakeTrial({ supported: true, granted: false, grants: true });
    const model = trialMlProvider(access);
    const progress: number[] = [];
    expect(await model.prepare((p) => progress.push(p))).toEqual({ state: 'available' });
    expect(progress).toEqual([0.5]);
    expect(engine.createEngine).toHaveBeenCalledWith({ taskName: 'image-to-text' });
    expect(await model.describe(new Blob([new Uint8Array([1])], { type: 'image/png' }), undefined)).toBe(
      'a dog on a beach',
    );
  });
});

test('the prompt carries the OCR text when there is some, and is plain without it', () => {
  expect(modelPrompt('Hello')).toMatch(/Hello$/);
  expect(modelPrompt(undefined)).not.toMatch(/text found/);
});
