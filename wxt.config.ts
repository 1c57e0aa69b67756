import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { GECKO_ID } from './lib/core/gecko-id';
import {
  CLOUD_MATCHES,
  E2E_MATCHES,
  PAGE_SCRIPTS,
  RELEASE_HOSTS_ENV,
  releaseHostMatches,
} from './lib/core/hosts';

// Every build is a production build, the e2e one included: tests exercise what agents will run.
if (process.argv.includes('build') || process.argv.includes('zip')) process.env.NODE_ENV = 'production';

// `npm run release` (lib/node/release/build.ts) builds elsewhere, with its own version and a team's own hosts.
const releaseVersion = process.env.SYSAID_RELEASE_VERSION;
const releaseMatches = releaseHostMatches(process.env[RELEASE_HOSTS_ENV]);

// `wxt build --mode e2e` also injects on loopback so tests and `npm start` can use the replica.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  // MV3 everywhere: Firefox (140+, for data_collection_permissions) runs MAIN-world content scripts there.
  manifestVersion: 3,
  // One folder per browser: the e2e build is the contract's .output/chrome-mv3 (DESIGN.md).
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  ...(process.env.SYSAID_RELEASE_OUT_DIR ? { outDir: process.env.SYSAID_RELEASE_OUT_DIR } : {}),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false, prerender: { enabled: false } })],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    ...(releaseVersion ? { version: releaseVersion } : {}),
    description: '__MSG_extDescription__',
    default_locale: 'pt_BR',
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // The same hosts the content scripts run on: re-injecting them into open tabs after an update.
    host_permissions: CLOUD_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    commands: {
      'copy-greeting': { suggested_key: { default: 'Alt+Shift+1' }, description: '__MSG_cmdCopyGreeting__' },
      'copy-closing': { suggested_key: { default: 'Alt+Shift+2' }, description: '__MSG_cmdCopyClosing__' },
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_cmdTogglePanel__' },
      'start-inactivity': { suggested_key: { default: 'Alt+Shift+I' }, description: '__MSG_cmdInactivity__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Nothing leaves the browser (DESIGN.md, Privacy).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The ticket page's content script talks to the browser directly, folds captions and reads hand-written
    // descriptions the plain way, gets the field tables with its config and carries a small WXT context
    // (lib/page/browser-native.ts, lib/core/caption/caption-fold-page.ts, lib/core/rules/free-text-find-page.ts,
    // lib/page/sysaid/field-captions-page.ts, lib/page/content-script-context-page.ts say why).
    'vite:build:extendConfig': (entrypoints, config) => {
      // What every SysAid page runs is the production script in the e2e build too (WXT's startup logging
      // only in development): the tests and the size budget see what agents get.
      if (entrypoints.some((e) => e.name === 'sysaid' || e.name === 'sysaid-first-read'))
        config.define = { ...config.define, 'import.meta.env.MODE': JSON.stringify('production') };
      if (!entrypoints.some((e) => e.name === 'sysaid')) return;
      const native = { find: /^wxt\/browser$/, replacement: resolve('lib/page/browser-native.ts') };
      const fold = {
        find: /^(.*\/)?caption-fold$/,
        replacement: resolve('lib/core/caption/caption-fold-page.ts'),
      };
      const freeText = {
        find: /^(.*\/)?free-text-find$/,
        replacement: resolve('lib/core/rules/free-text-find-page.ts'),
      };
      const fields = {
        find: /^(.*\/)?field-captions$/,
        replacement: resolve('lib/page/sysaid/field-captions-page.ts'),
      };
      const labels = {
        find: /^(.*\/)?field-labels$/,
        replacement: resolve('lib/core/procedures/field-labels-page.ts'),
      };
      const context = {
        find: /^wxt\/utils\/content-script-context$/,
        replacement: resolve('lib/page/content-script-context-page.ts'),
      };
      // Keyed on the module's name, whoever imports it from wherever (boot.ts and locate.ts share field-captions).
      const alias = config.resolve?.alias ?? {};
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = {
        ...config.resolve,
        alias: [native, fold, freeText, fields, labels, context, ...rest],
      };
      // Every SysAid page parses this script: terser's passes over esbuild's minified output take ~0.6 KB gzip
      // more off it.
      config.plugins = [...(config.plugins ?? []), terserAfterEsbuild()];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The save gate's MAIN-world half first; the first-read script just before the main content script.
      const isMain = (script: object) => (script as { world?: string }).world === 'MAIN';
      manifest.content_scripts?.sort((a, b) => Number(isMain(b)) - Number(isMain(a)));
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes(PAGE_SCRIPTS.page)) script.js = [PAGE_SCRIPTS.firstRead, ...script.js];
      }
      const extra = [...releaseMatches, ...(wxt.config.mode === 'e2e' ? E2E_MATCHES : [])];
      if (!extra.length) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...extra];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...extra];
    },
  },
});

/** Terser over the chunks esbuild already minified (generateBundle comes after the minifier). */
function terserAfterEsbuild(): Plugin {
  return {
    name: 'terser-after-esbuild',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          chunk.code = (await minify(chunk.code, { compress: { passes: 2 } })).code ?? chunk.code;
    },
  };
}
