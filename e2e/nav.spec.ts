import { expect, type Page, test } from '@playwright/test';
import { message } from './support/languages';
import { setLargeText, sidewaysOverflow } from './support/layout';

// The four sections at the top of every screen: in one row when their words fit, else two rows
// of two, in every language and on narrow phones. Never three and a straggler, never a word cut.

const LANGUAGES = [
  ['en-US', 'en'],
  ['es-ES', 'es'],
  ['de-DE', 'de'],
  ['fr-FR', 'fr'],
  ['pt-BR', 'pt-BR'],
] as const;

/** Where the four words fit in one row on a 390 px phone (French and German-sized words do not all). */
const ONE_ROW_AT_390: string[] = ['en', 'es', 'de', 'pt-BR'];

/** Each section link's box, and whether its words are wider than the link. */
async function navLinks(page: Page, language: string) {
  const nav = page.getByRole('navigation', { name: message(language, 'shell.sectionsLabel') });
  const links = nav.getByRole('link');
  await expect(links).toHaveText([
    message(language, 'shell.navHome'),
    message(language, 'shell.navHistory'),
    message(language, 'shell.navLearn'),
    message(language, 'shell.navSettings'),
  ]);
  return links.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        left: Math.round(box.left),
        right: Math.round(box.right),
        top: Math.round(box.top),
        height: box.height,
        cut: element.scrollWidth > element.clientWidth,
      };
    }),
  );
}

/** The links' rows, top to bottom, each the number of links in it. */
function rows(links: { top: number }[]): number[] {
  const counts = new Map<number, number>();
  for (const { top } of links) counts.set(top, (counts.get(top) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

for (const [locale, language] of LANGUAGES) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    for (const width of [390, 360, 320]) {
      test(`at ${width} px the sections sit in one row or two even rows, whole`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 700 });
        await page.goto('/');
        const links = await navLinks(page, language);
        expect([[4], [2, 2]]).toContainEqual(rows(links));
        // On a 390 px iPhone the shorter words fit in one row.
        if (width === 390 && ONE_ROW_AT_390.includes(language)) expect(rows(links)).toEqual([4]);
        for (const link of links) {
          expect(link.cut).toBe(false);
          // A finger's width: at least 44 px tall.
          expect(link.height).toBeGreaterThanOrEqual(44);
        }
        if (rows(links).length === 2) {
          // Two rows of two line up in columns.
          expect(links[2]?.left).toBe(links[0]?.left);
          expect(links[3]?.right).toBe(links[1]?.right);
        }
        expect(await sidewaysOverflow(page)).toBe(0);
      });
    }
  });
}

test('with the largest text, nothing scrolls sideways and no section word is cut', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await setLargeText(page, true);
  const links = await navLinks(page, 'en');
  for (const link of links) expect(link.cut).toBe(false);
  expect(await sidewaysOverflow(page)).toBe(0);
});
