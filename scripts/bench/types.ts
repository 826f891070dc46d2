import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

/** One measured figure, optionally held to a budget. */
export interface BenchRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  /** The figure must be at most (`max`) or at least (`min`) this. */
  budget?: { max: number } | { min: number };
  /** One sentence: how the figure is measured. */
  method: string;
}

export interface BenchContext {
  /** Where the production build is served, e.g. http://localhost:4190/ */
  baseUrl: string;
  distDir: string;
  browser: Browser;
  /** A fresh phone-sized browser context, with any extra options. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  log(message: string): void;
}

export interface Measure {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

export function withinBudget(row: BenchRow): boolean {
  if (!row.budget) return true;
  return 'max' in row.budget ? row.value <= row.budget.max : row.value >= row.budget.min;
}
