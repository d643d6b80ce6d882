import type { ResponseOf } from '../messages/contract';
import { sendMessage } from '../messages/send';
import { detectModel, type ModelProvider, type ModelState } from './model';
import { trialMlAccess } from './trial-ml';
import type { SuggestPreferences } from './types';

/**
 * What Options needs for the suggestion settings, as plain async functions (components/suggestions/SuggestOptions
 * renders them; components never touch `browser`). The model is detected here, in the Options page: a download
 * needs the user's click, which only a page has.
 */
export interface SuggestOptionsApi {
  settings(): Promise<SuggestPreferences>;
  update(patch: Partial<SuggestPreferences>): Promise<SuggestPreferences>;
  earlier(): Promise<ResponseOf<'suggest/earlier-list'>>;
  forget(): Promise<void>;
  modelStatus(): Promise<ModelState>;
  /** From a click only: asks for Firefox's permission if needed, then downloads the model with progress. */
  prepareModel(onProgress: (fraction: number) => void): Promise<ModelState>;
}

async function unwrap<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const result = await reply;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function createSuggestOptionsApi(): SuggestOptionsApi {
  let model: ModelProvider | undefined;
  const provider = () => {
    model ??= detectModel(globalThis as { LanguageModel?: unknown }, trialMlAccess());
    return model;
  };
  return {
    settings: () => unwrap(sendMessage('suggest/settings-get', {})),
    update: (patch) => unwrap(sendMessage('suggest/settings-update', patch)),
    earlier: () => unwrap(sendMessage('suggest/earlier-list', {})),
    forget: async () => {
      await unwrap(sendMessage('suggest/earlier-clear', {}));
    },
    modelStatus: () => provider().status(),
    prepareModel: (onProgress) => provider().prepare(onProgress),
  };
}
