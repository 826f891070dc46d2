// Reads the app's own message catalogs, so a language test expects exactly the words a person
// sees, and scans a screen for words outside the string layer (the pseudo-language).
import MessageFormat from '@messageformat/core';
import type { Page } from '@playwright/test';
import { readCatalogs } from '../../scripts/messages';
import type { MessageKey } from '../../src/i18n/keys';

const catalogs = readCatalogs('src/i18n/messages');
const formatters = new Map<string, MessageFormat>();

/** The message as the app shows it in `language`, placeholders filled. */
export function message(
  language: string,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const [namespace = '', ...rest] = key.split('.');
  const source = catalogs[language]?.[namespace]?.[rest.join('.')];
  if (source === undefined) throw new Error(`no message ${key} in ${language}`);
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new MessageFormat(language, { strict: false });
    formatters.set(language, formatter);
  }
  return formatter.compile(source)(values);
}

/**
 * Text a person can read or hear on the page that is not inside the pseudo-language's marks
 * (⟦…⟧): visible text nodes and accessible names given by attributes. Digits, punctuation and
 * the brand alone pass.
 */
export function unmarkedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const check = (text: string, where: string) => {
      // Marks nest (a marked date inside a marked sentence): take out the innermost first.
      let outside = text;
      while (/⟦[^⟦⟧]*⟧/.test(outside)) outside = outside.replace(/⟦[^⟦⟧]*⟧/g, ' ');
      if (/\p{L}{2,}/u.test(outside.replace(/Nightstretch/g, '')))
        found.push(`${where}: ${text.trim()}`);
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The person's own words (a note) stay as they wrote them.
      if (!parent || parent.closest('script, style, template, [hidden], [data-own-words]'))
        continue;
      const text = node.textContent ?? '';
      if (text.trim() === '') continue;
      // Each language is named in its own words, in every language.
      if (parent.closest('option[lang]')) continue;
      // Screen-reader-only text is hidden by size, and a closed list's choices show when it
      // opens, so both are checked whether or not they show now.
      if (!visible(parent) && !parent.closest('.visually-hidden, .sr-only, [aria-live], option'))
        continue;
      check(text, parent.tagName.toLowerCase());
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder]',
    )) {
      for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value) check(value, `${element.tagName.toLowerCase()}[${attribute}]`);
      }
    }
    check(document.title, 'document.title');
    return found;
  });
}

/** Elements whose text is cut off or runs past the screen's edge, and sideways scroll. */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (!element.childNodes.length || element.closest('svg')) continue;
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      if (!hasText) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.position === 'absolute' && box.width <= 1) continue; // visually hidden
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1)
        found.push(`cut off: ${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`);
      // Inside a box that scrolls sideways on purpose (a wide table), it is reached by scrolling.
      let scroller = element.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))
        scroller = scroller.parentElement;
      if (!scroller && (box.right > width + 1 || box.left < -1))
        found.push(
          `past the edge: ${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`,
        );
    }
    return found;
  });
}
