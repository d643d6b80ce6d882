import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
  vite: () => ({
    plugins: [preact(), zodWithoutFunctionConstructor(), preactWithoutInnerHtml(), tesseractWithoutRemoteDefaults()],
  }),
  // Text in images (lib/suggest): Tesseract's worker, core and language data are the extension's own files.
  hooks: {
    'build:publicAssets': (_wxt, files) => void files.push(...ocrAssets()),
    // The x.com content script loads on every page of x.com: it uses the browser's own API (both browsers' MV3 APIs
    // return promises; it answers messages through sendResponse) rather than the promise polyfill the other
    // entrypoints get from @wxt-dev/webextension-polyfill (a tenth of its size).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.name === 'x')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): text in images is read in an offscreen document; a service worker cannot host it.
    permissions: ['storage', 'alarms', 'identity', 'webRequest', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Firefox's on-device image-to-text model, asked for only from a click in Options.
    ...(browser === 'firefox' ? { optional_permissions: ['trialML'] } : {}),
    // Tesseract is WebAssembly: compiling it needs 'wasm-unsafe-eval', in the extension's own pages only.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // x.com: Chrome shows an extension a request in webRequest only with access to its initiator (the x.com page).
    // The x.com page's UI script, loaded by the content script on first need (lib/content/page-ui.ts). Chrome: only at
    // an address that changes every session, so a page cannot probe for the extension by it (Firefox's addresses are
    // random per install already).
    web_accessible_resources: [
      {
        resources: ['x-page-ui.js'],
        matches: ['https://x.com/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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

/**
 * The OCR files copied into every build under ocr/: Tesseract's worker script, its WebAssembly core (the SIMD,
 * LSTM-only build: every browser the extension supports has SIMD) and the English and French "best_int" models.
 * The worker script is patched like zod and Preact above: its dead `Function("…")` fallbacks are removed, and its
 * remote defaults for the core and the models are emptied so a missing path fails instead of reaching a CDN.
 */
function ocrAssets() {
  const require = createRequire(import.meta.url);
  const pkg = (name: string) => dirname(require.resolve(`${name}/package.json`));
  const tesseract = pkg('tesseract.js');
  const core = pkg('tesseract.js-core');
  return [
    {
      contents: patchTesseract(readFileSync(join(tesseract, 'dist/worker.min.js'), 'utf8')),
      relativeDest: 'ocr/worker.min.js',
    },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.js'), relativeDest: 'ocr/tesseract-core-simd-lstm.js' },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.wasm'), relativeDest: 'ocr/tesseract-core-simd-lstm.wasm' },
    ...['eng', 'fra'].map((lang) => ({
      absoluteSrc: join(pkg(`@tesseract.js-data/${lang}`), `4.0.0_best_int/${lang}.traineddata.gz`),
      relativeDest: `ocr/lang/${lang}.traineddata.gz`,
    })),
  ];
}

function patchTesseract(code: string): string {
  const replacements: Array<[RegExp, string]> = [
    // regenerator-runtime's sloppy-mode fallback; globalThis exists in every context the worker runs in.
    [/Function\("r","regeneratorRuntime = r"\)\(([a-z])\)/g, 'globalThis.regeneratorRuntime=$1'],
    // webpack's global lookup fallback, same reason.
    [/new Function\("return this"\)\(\)/g, 'globalThis'],
    // Remote defaults (used only when no path is given): none, so a missing path fails loudly.
    [/"https:\/\/cdn\.[a-z.]+\/npm\/[^"]*"\.concat\((?:[^()]|\([^()]*\))*\)/g, '""'],
  ];
  let patched = code;
  for (const [pattern, replacement] of replacements) {
    const next = patched.replace(pattern, replacement);
    if (next === patched) throw new Error(`tesseract.js changed: nothing matched ${pattern} in its worker`);
    patched = next;
  }
  return patched;
}

/** tesseract.js's main-thread defaults name a remote worker script; the extension always passes its own. */
function tesseractWithoutRemoteDefaults(): PluginOption {
  return {
    name: 'tesseract-without-remote-defaults',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]tesseract\.js[\\/]src[\\/]worker[\\/]browser[\\/]defaultOptions\.js$/.test(id)) return null;
      const patched = code.replace(/workerPath: `https:[^`]*`/, "workerPath: ''");
      if (patched === code) throw new Error(`tesseract.js changed: no remote worker default in ${id}`);
      return patched;
    },
  };
}
