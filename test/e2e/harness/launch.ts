import { launchBrowser, type Launched as ToolLaunched } from '../../../tools/launch-browser';
import { type BrowserName, extensionDir } from './paths';

export interface LaunchOptions {
  simPort: number;
  /** Every host name the simulator answers for: the browser sends them all to it, and nothing anywhere else. */
  simHosts: readonly string[];
  /** Firefox: suspend an idle background page after this many ms (Firefox's default is 30 s). */
  firefoxIdleMs?: number;
  /** A profile directory kept across launches (to restart the browser with its state); a fresh one if absent. */
  userDataDir?: string;
}

export type Launched = Required<ToolLaunched>;

/** The browser with this run's build installed (tools/launch-browser.ts has the recipes). */
export async function launch(name: BrowserName, options: LaunchOptions): Promise<Launched> {
  const { browser, extensionOrigin } = await launchBrowser(name, { ...options, extensionDir: extensionDir(name) });
  if (!extensionOrigin) throw new Error(`The extension did not load in ${name}.`);
  return { browser, extensionOrigin };
}
