// The simulator's switches for this page load (sim/types.ts WebSwitches), handed over by the server in
// <script type="application/json" id="sim-config">: a data block, never executed, so X's CSP allows it.
// A test changes a switch through the control API, then (re)loads the page.

const DEFAULTS = {
  reencode: 'auto',
  previewSource: 'original',
  uploadJitterMs: 0,
  longVideo: false,
  dataSaver: false,
  metadataForUndescribed: false,
  postButton: 'standard',
  longPosts: false,
  platform: 'auto',
  recreateTiles: true,
  appScopedOwnership: false,
};

function readConfig() {
  const block = document.getElementById('sim-config');
  if (!block) return { ...DEFAULTS };
  try {
    return { ...DEFAULTS, ...JSON.parse(block.textContent ?? '{}') };
  } catch (error) {
    console.warn('sim: unreadable sim-config, using defaults', error);
    return { ...DEFAULTS };
  }
}

export const switches = readConfig();

/** macOS or not, the way X decides which shortcut posts (unless the platform switch forces one). */
export function isMac() {
  if (switches.platform !== 'auto') return switches.platform === 'mac';
  const platform = navigator.userAgentData?.platform || navigator.platform || '';
  return /mac/i.test(platform);
}
