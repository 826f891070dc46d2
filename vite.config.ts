/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { routinesPlugin } from './scripts/vite-plugin-routines.ts';

// Host under a sub-path with BASE_PATH=/nightstretch/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    preact(),
    routinesPlugin('routines'),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Nightstretch',
        short_name: 'Nightstretch',
        description: 'A calm bedtime stretching coach that helps prevent night-time leg cramps.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#14110f',
        background_color: '#14110f',
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,webm,mp3}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Every browser the app supports has modulepreload; the polyfill would only weigh on Home.
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
