import { devices, expect, type Page, test } from '@playwright/test';
import { buildApp } from './support/builds';
import {
  recordRequests,
  requestsLeavingOrigin,
  waitForServiceWorkerControl,
  withProfile,
} from './support/pwa';
import { StaticServer } from './support/staticServer';

interface AppManifest {
  start_url: string;
  scope: string;
  display: string;
  orientation: string;
  icons: { src: string; sizes: string; purpose?: string }[];
  shortcuts: { name: string; url: string }[];
}

/** Chromium's own verdict on installing the open page, over the DevTools protocol. */
async function installabilityErrors(page: Page): Promise<unknown[]> {
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const manifest = await cdp.send('Page.getAppManifest');
  await cdp.detach();
  return [...installabilityErrors, ...manifest.errors];
}

/** The manifest the page links to, with its URLs resolved the way a browser resolves them. */
async function resolvedManifest(page: Page): Promise<AppManifest> {
  return page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) throw new Error('no manifest link');
    const raw = await (await fetch(link.href)).json();
    const at = (url: string) => new URL(url, link.href).href;
    return {
      ...raw,
      start_url: at(raw.start_url),
      scope: at(raw.scope),
      icons: raw.icons.map((icon: { src: string }) => ({ ...icon, src: at(icon.src) })),
      shortcuts: raw.shortcuts.map((shortcut: { url: string }) => ({
        ...shortcut,
        url: at(shortcut.url),
      })),
    };
  });
}

/** Loads an image the way the browser would for an icon, and returns its pixel size. */
function imageSize(page: Page, url: string): Promise<string> {
  return page.evaluate(async (src) => {
    const blob = await (await fetch(src)).blob();
    const bitmap = await createImageBitmap(blob);
    return `${bitmap.width}x${bitmap.height}`;
  }, url);
}

test('Chromium finds the app installable, with a complete manifest and real icons', async ({
  baseURL,
}) => {
  await withProfile('install', async (context) => {
    const page = await context.newPage();
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    expect(await installabilityErrors(page)).toEqual([]);

    const manifest = await resolvedManifest(page);
    const root = new URL('/', baseURL).href;
    expect(manifest.start_url).toBe(root);
    expect(manifest.scope).toBe(root);
    expect(manifest.display).toBe('standalone');
    expect(manifest.orientation).toBe('portrait');
    for (const icon of manifest.icons) expect(await imageSize(page, icon.src)).toBe(icon.sizes);
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect(manifest.shortcuts.map((shortcut) => [shortcut.name, shortcut.url])).toEqual([
      ['Bedtime stretch', `${root}#/start/bedtime-stretch`],
      ['Cramp relief', `${root}#/start/cramp-relief`],
    ]);

    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(await imageSize(page, new URL(appleIcon ?? '', root).href)).toBe('180x180');
  });
});

test('a home-screen shortcut starts its routine at once', async ({ page }) => {
  await page.goto('/#/start/cramp-relief');
  await expect(page.getByRole('button', { name: "It's eased" })).toBeVisible();
  await expect(page.getByText(/^Cramp relief · step 1 of/)).toBeVisible();
  await expect(page).toHaveURL(/#\/play\/cramp-relief$/);
});

test('where the browser offers it, Home has an Install app button', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(offer, {
      prompt: async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    dispatchEvent(offer);
  });
  const card = page.getByRole('region', { name: 'Keep it on your home screen' });
  await card.getByRole('button', { name: 'Install app' }).click();
  expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
    true,
  );
  await expect(card).toHaveCount(0);
});

test.describe('on iPhone Safari', () => {
  test.use({ userAgent: devices['iPhone 13'].userAgent });

  test('Home explains Share → Add to Home Screen, and why', async ({ page }) => {
    await page.goto('/');
    const card = page.getByRole('region', { name: 'Keep it on your home screen' });
    await expect(card).toContainText('Add to Home Screen');
    await expect(card).toContainText('keeps your nights safe');
    await card.getByRole('button', { name: 'Not now' }).click();
    await expect(card).toHaveCount(0);
  });

  test('the instructions are gone once opened from the home screen', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'standalone', { value: true });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
    await expect(page.getByText('Add to Home Screen')).toHaveCount(0);
  });
});

test.describe('hosted under a sub-path', () => {
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = new StaticServer(
      buildApp('subpath', { BASE_PATH: '/nightstretch/' }),
      '/nightstretch/',
    );
    await server.start();
  });

  test.afterAll(async () => {
    await server.stop();
  });

  test('installs, scopes its worker to the sub-path and works offline there', async () => {
    await withProfile('subpath', async (context) => {
      const page = await context.newPage();
      const requests = recordRequests(context);
      await page.goto(server.url);
      await expect(page.getByRole('status')).toContainText(
        'Nightstretch now works without internet',
      );
      await waitForServiceWorkerControl(page);
      const scope = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.scope,
      );
      expect(scope).toBe(server.url);
      expect(await installabilityErrors(page)).toEqual([]);

      const manifest = await resolvedManifest(page);
      expect(manifest.start_url).toBe(server.url);
      expect(manifest.scope).toBe(server.url);
      for (const icon of manifest.icons) expect(await imageSize(page, icon.src)).toBe(icon.sizes);
      expect(manifest.shortcuts[0]?.url).toBe(`${server.url}#/start/bedtime-stretch`);

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('button', { name: /^Start Cramp relief/ }).click();
      await expect(page.getByRole('button', { name: "It's eased" })).toBeVisible();

      expect(requestsLeavingOrigin(requests, server.origin)).toEqual([]);
      expect(server.requests.filter((path) => !path.startsWith('/nightstretch/'))).toEqual([]);
    });
  });
});
