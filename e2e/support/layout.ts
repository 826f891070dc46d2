import type { Locator, Page } from '@playwright/test';

/**
 * 200 % text: the app's root size (112.5 %) doubled, set through the CSSOM (the CSP refuses an
 * injected <style>), as a phone's largest text setting does.
 */
export async function setLargeText(page: Page, large: boolean): Promise<void> {
  await page.evaluate((on) => {
    if (on) document.documentElement.style.setProperty('font-size', '225%', 'important');
    else document.documentElement.style.removeProperty('font-size');
  }, large);
}

/** Sideways overflow in CSS pixels (0 when nothing scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Labels of visible controls (buttons and button-like links) in which a word is split over two
 * lines: each word's text Range must lie on a single line.
 */
export function labelsBrokenInsideAWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('main button, main a.button');
    for (const control of controls) {
      if (control.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set<number>();
          for (const rect of range.getClientRects()) {
            if (rect.width > 0 && rect.height > 0) lines.add(Math.round(rect.top / 4));
          }
          const tops = [...lines].sort((a, b) => a - b);
          // Rects of one line may differ by a pixel or two; a new line is a whole line lower.
          const lineCount = tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? 0) > 2).length;
          if (lineCount > 1) broken.push(`"${match[0]}" in "${control.textContent?.trim()}"`);
        }
      }
    }
    return broken;
  });
}

/** Whether the element's box lies whole inside the viewport as it is now. */
export function insideViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= window.innerWidth
    );
  });
}

/** How many lines a piece of text takes (the countdown must take one). */
export function lineCountOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set<number>();
    for (const rect of range.getClientRects()) {
      if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    return tops.size;
  });
}

/** Points near the centre and the four corners (inside the rounded edge) not covered by others. */
export function coveredPoints(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const insetX = Math.min(box.height / 2, box.width / 4);
    const points: [string, number, number][] = [
      ['centre', box.left + box.width / 2, box.top + box.height / 2],
      ['top left', box.left + insetX, box.top + 4],
      ['top right', box.right - insetX, box.top + 4],
      ['bottom left', box.left + insetX, box.bottom - 4],
      ['bottom right', box.right - insetX, box.bottom - 4],
    ];
    return points
      .filter(([, x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !(hit && (hit === element || element.contains(hit)));
      })
      .map(([name]) => name);
  });
}
