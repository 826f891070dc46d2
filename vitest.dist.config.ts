import { defineConfig } from 'vitest/config';

// Checks over the production build; `npm test` runs them right after `vite build`.
export default defineConfig({
  test: {
    include: ['src/**/*.dist.test.ts', 'scripts/**/*.dist.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/dist.json' },
  },
});
