import { expect, type Page, test } from '@playwright/test';

// Control edges and native controls in every theme; Light never flashes on at night.
test.use({ reducedMotion: 'reduce' });

const NOON = new Date('2026-03-10T12:00:00').getTime();
const LATE = new Date('2026-03-10T23:40:00').getTime();

async function chooseTheme(page: Page, label: RegExp, theme: string): Promise<void> {
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: label }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Every visible button and button-like link in <main> whose border contrasts less than 3:1 with
 * the colour behind it (WCAG 2 relative luminance, from the rendered computed colours).
 */
function weakEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d');
    if (!canvas) throw new Error('no canvas');
    const rgba = (colour: string): [number, number, number, number] => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: number[]) =>
      0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    const behind = (element: Element): [number, number, number, number] => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0.99) return colour;
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor);
    };
    const weak: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>(
      'main button, main a.button, main select, main input[type="checkbox"], main input[type="radio"]',
    )) {
      if (control.getClientRects().length === 0) continue;
      const style = getComputedStyle(control);
      if (Number.parseFloat(style.borderTopWidth) < 1) {
        weak.push(`${control.textContent?.trim() || control.tagName}: no edge`);
        continue;
      }
      const edge = luminance(rgba(style.borderTopColor));
      const page = luminance(behind(control));
      const ratio = (Math.max(edge, page) + 0.05) / (Math.min(edge, page) + 0.05);
      if (ratio < 3) {
        weak.push(`${control.textContent?.trim() || control.tagName}: ${ratio.toFixed(2)}:1`);
      }
    }
    return weak;
  });
}

for (const [theme, label] of [
  ['night', /^Night/],
  ['red', /^Red/],
  ['light', /^Light/],
] as const) {
  test(`control edges contrast at least 3:1 in the ${theme} theme`, async ({ page }) => {
    await page.clock.install({ time: NOON });
    await chooseTheme(page, label, theme);
    expect(await weakEdges(page), 'Settings').toEqual([]);
    // Native controls follow the theme rather than the browser's white defaults.
    const checkbox = page.getByRole('checkbox', { name: 'Soft sounds' });
    const look = await checkbox.evaluate((element) => {
      const style = getComputedStyle(element);
      return { scheme: style.colorScheme, background: style.backgroundColor };
    });
    expect(look.scheme).toBe(theme === 'light' ? 'light' : 'dark');
    expect(look.background).not.toBe('rgb(255, 255, 255)');

    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
    expect(await weakEdges(page), 'Home').toEqual([]);
    await page.getByRole('button', { name: 'Start Bedtime stretch' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    expect(await weakEdges(page), 'Player').toEqual([]);
  });
}

test('choosing Light late at night asks first, and "Keep it dark" keeps it dark', async ({
  page,
}) => {
  await page.clock.install({ time: LATE });
  await page.goto('/#/settings');
  await page
    .getByRole('radio', { name: /^Light/ })
    .check({ force: true })
    .catch(() => {});
  await expect(page.getByRole('button', { name: 'Keep it dark' })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night');
  await expect(page.getByRole('radio', { name: /^Night/ })).toBeChecked();
  await page.getByRole('button', { name: 'Keep it dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night');

  await page.getByRole('radio', { name: /^Light/ }).click();
  await page.getByRole('button', { name: 'Yes, switch to Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('radio', { name: /^Light/ })).toBeChecked();
});

test('by day, Light applies at once', async ({ page }) => {
  await page.clock.install({ time: NOON });
  await chooseTheme(page, /^Light/, 'light');
  await expect(page.getByRole('button', { name: 'Keep it dark' })).toHaveCount(0);
});
