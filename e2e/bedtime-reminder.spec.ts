import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { expectSettingsSaved } from './support/storage';

test.use({ timezoneId: 'Europe/London' });

test('"Remind me at bedtime" downloads a daily calendar event with an alarm', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Bedtime', { exact: true }).fill('21:45');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Remind me at bedtime' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile(await download.path(), 'utf8');

  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('the file holds no event');
  const event = new ICAL.Event(vevent);
  expect(event.summary).toBe('Time for your stretch');
  expect((vevent.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('DAILY');
  expect(event.startDate.hour).toBe(21);
  expect(event.startDate.minute).toBe(45);
  const alarm = vevent.getFirstSubcomponent('valarm');
  expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
  expect(alarm?.getFirstPropertyValue('trigger')).toBeTruthy();
  await expect(page.getByText(/add a daily reminder at 21:45/)).toBeVisible();
});

test('without a bedtime, the button asks for one', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Remind me at bedtime' }).click();
  await expect(page.getByText('Choose a bedtime first.')).toBeVisible();
  await expect(page.getByLabel('Bedtime', { exact: true })).toBeFocused();
});

test('Home says "Time for your stretch" only inside the evening window', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-24T15:00:00Z') });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await expect(page.getByText('Time for your stretch')).toHaveCount(0);

  // With no bedtime chosen the evening starts at 20:00.
  await page.clock.setFixedTime(new Date('2026-11-24T20:05:00Z'));
  await page.reload();
  await expect(page.getByText('Time for your stretch')).toBeVisible();

  // A bedtime of 22:30 moves the start to 21:30.
  await page.goto('/#/settings');
  await page.getByLabel('Bedtime', { exact: true }).fill('22:30');
  await expectSettingsSaved(page, { bedtime: '22:30' });
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nightstretch' })).toBeVisible();
  await expect(page.getByText('Time for your stretch')).toHaveCount(0);
  await page.clock.setFixedTime(new Date('2026-11-24T21:35:00Z'));
  await page.reload();
  await expect(page.getByText('Time for your stretch')).toBeVisible();
});

test('downloading the reminder again, even after a reload, keeps one UID, so the alarm is updated not doubled', async ({
  page,
  context,
}) => {
  const uidOfDownload = async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Remind me at bedtime' }).click();
    const text = await readFile(await (await downloading).path(), 'utf8');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    return String(vevent?.getFirstPropertyValue('uid'));
  };
  await page.goto('/#/settings');
  await page.getByLabel('Bedtime', { exact: true }).fill('21:45');
  await expectSettingsSaved(page, { bedtime: '21:45' });
  const first = await uidOfDownload();
  expect(first).toMatch(/^bedtime-[\w-]{8,}@nightstretch\.app$/);

  await page.reload();
  await page.getByLabel('Bedtime', { exact: true }).fill('22:30');
  expect(await uidOfDownload()).toBe(first);

  // Another person's phone (a fresh browser profile) gets a reminder of its own.
  const elsewhere = await context.browser()?.newContext();
  const otherPage = await elsewhere?.newPage();
  if (!otherPage || !elsewhere) throw new Error('no second browser context');
  await otherPage.goto(page.url());
  await otherPage.getByLabel('Bedtime', { exact: true }).fill('21:45');
  const downloading = otherPage.waitForEvent('download');
  await otherPage.getByRole('button', { name: 'Remind me at bedtime' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  expect(text).toContain('UID:bedtime-');
  expect(text).not.toContain(`UID:${first}`);
  await elsewhere.close();
});
