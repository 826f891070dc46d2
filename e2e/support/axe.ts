import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the current screen and fails with a readable list of any violations. */
export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  await expect(page.locator('main h1')).toHaveCount(1);
  // Let short entrance animations (the offline toast fades in) settle: axe measures contrast
  // as painted. The countdown ring's long animation is left running.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number(animation.effect?.getTiming().duration ?? 0) < 2000)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
