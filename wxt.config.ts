import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Gecko id is fixed so Firefox's OAuth redirect URL (identity.getRedirectURL) stays the same across installs.
export const GECKO_ID = 'alt-text@x-media-metadata.example';

export default defineConfig({
  // The e2e setup builds into a folder of its own per run, so a run never loads a build another run is replacing.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['authenticationInfo', 'websiteContent'] },
            },
          },
        }
      : { minimum_chrome_version: '120', externally_connectable: { ids: [] } }),
  }),
});
