import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';

// Gecko id is fixed so Firefox's OAuth redirect URL (identity.getRedirectURL) stays the same across installs.
export const GECKO_ID = 'alt-text@x-media-metadata.example';

export default defineConfig({
  // The e2e setup builds into a folder of its own per run, so a run never loads a build another run is replacing.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // Firefox's sources zip (for AMO review) holds what the build needs, not the tests, simulator or demo.
  zip: {
    excludeSources: [
      'test/**',
      'sim/**',
      'bench/**',
      'demo/**',
      'docs/**',
      'tools/**',
      'scripts/**',
      'spec/**',
      'demo-output/**',
      '.ci/**',
    ],
  },
  vite: () => ({ plugins: [preact(), zodWithoutFunctionConstructor(), preactWithoutInnerHtml()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'identity', 'webRequest'],
    // x.com: Chrome shows an extension a request in webRequest only with access to its initiator (the x.com page).
    host_permissions: [
      'https://x.com/*',
      'https://api.x.com/*',
      'https://upload.x.com/*',
      'https://upload.twitter.com/*',
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['authenticationInfo', 'websiteContent'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 120: alarms may fire 30 s ahead (the scheduler relies on it); storage.session access levels need 102.
        { minimum_chrome_version: '120', externally_connectable: { ids: [] } }),
  }),
});

/**
 * Zod probes for, and compiles with, the Function constructor (its JIT). The extension runs zod jitless
 * (lib/zod.ts), so that code is dead; removing it keeps every build free of anything eval-like, which store review
 * and `web-ext lint` reject. If zod's code changes, the build fails here instead of silently keeping it.
 */
function zodWithoutFunctionConstructor(): PluginOption {
  return {
    name: 'zod-without-function-constructor',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/.test(id)) return null;
      const patched = code.replaceAll(
        'const F = Function;',
        'const F = class { constructor() { throw new Error("zod runs jitless here"); } };',
      );
      if (patched === code) throw new Error(`zod changed: no Function constructor to remove in ${id}`);
      return patched;
    },
  };
}

/**
 * Preact writes `innerHTML` only for `dangerouslySetInnerHTML`, which this code base never uses (Biome forbids it).
 * Turning that one write into an error keeps the builds free of innerHTML assignments (web-ext lint flags them) and
 * makes any future use fail loudly instead of opening an XSS hole on x.com.
 */
function preactWithoutInnerHtml(): PluginOption {
  const write = 't.innerHTML=h.__html';
  return {
    name: 'preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      if (!code.includes(write)) throw new Error(`preact changed: no innerHTML write to remove in ${id}`);
      return code.replace(write, '(()=>{throw new Error("dangerouslySetInnerHTML is not allowed")})()');
    },
  };
}
