/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults } from 'vitest/config';
import packageJson from './package.json' with { type: 'json' };
import { webAppManifest } from './scripts/pwa-manifest.ts';
import { appShellPlugin } from './scripts/vite-plugin-app-shell.ts';
import { messagesPlugin } from './scripts/vite-plugin-messages.ts';
import { routineMessages, routinesPlugin } from './scripts/vite-plugin-routines.ts';
import { LANGUAGES } from './src/engine/languages.ts';

// Host under a sub-path with BASE_PATH=/nightstretch/ npm run build.
const base = process.env.BASE_PATH ?? '/';
// Names the build in index.html (a different name makes a different service worker).
const buildName = process.env.NIGHTSTRETCH_BUILD ?? packageJson.version;
// The message namespaces the first screen shows; the others load at idle (src/i18n/i18n.ts).
// (The offline, update and install notices come at idle with their own chunk, so 'pwa' waits too.)
// Storage notices are rare: App shows one once every message has loaded.
const FIRST_SCREEN_MESSAGES = ['shell', 'home'];

export default defineConfig({
  base,
  plugins: [
    preact(),
    routinesPlugin('routines'),
    messagesPlugin({
      dir: 'src/i18n/messages',
      languages: LANGUAGES,
      firstScreen: FIRST_SCREEN_MESSAGES,
      plainFirstScreen: (language) => ({ routine: routineMessages('routines', language) }),
    }),
    appShellPlugin({ buildName }),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registered from our own bundle (src/pwa/serviceWorker.ts), so no inline script.
      injectRegister: false,
      manifest: webAppManifest('routines'),
      // The icons are in the globs below already.
      includeManifestIcons: false,
      workbox: {
        // Everything the app can use, audio in every format included; routines are in the JS.
        globPatterns: [
          '**/*.{js,css,html,svg,png,ico,webp,jpg,woff2,webm,weba,ogg,opus,mp3,m4a,aac,wav}',
        ],
        navigateFallback: 'index.html',
        // Every file gets a content revision, hashed name or not: Vite can emit different bytes
        // under the same hashed name (vitejs/vite#13996, #23225), and an installed app must
        // never keep an old copy of a file that changed.
        dontCacheBustURLsMatching: undefined,
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once, so it works offline without a reload.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    rollupOptions: {
      output: {
        // Each language's messages are named for it (the bench weighs the first screen with each).
        chunkFileNames: (chunk) => {
          const messages = /^\0virtual:messages\/(.+)\/(first|rest)$/.exec(
            chunk.facadeModuleId ?? '',
          );
          return messages
            ? `assets/messages-${messages[1]}-${messages[2]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
    // Every asset stays a file of our own origin: the CSP allows no data: images.
    assetsInlineLimit: 0,
    modulePreload: {
      // Browsers without <link rel=modulepreload> only lose a head start; the polyfill costs the
      // first screen about half a kilobyte.
      polyfill: false,
      // A lazy screen's scripts come from the service worker's cache, so hinting them ahead
      // gains nothing, and adding those <link> tags cost ~190 ms of main thread on a slow phone
      // (Lighthouse). Its stylesheets must still be linked before it renders.
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // *.dist.test.ts check the production build and run after it (vitest.dist.config.ts).
    exclude: [...configDefaults.exclude, '**/*.dist.test.ts'],
    environment: 'node',
    // Every unit test reads the English messages, loaded once.
    setupFiles: ['src/i18n/testSetup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
