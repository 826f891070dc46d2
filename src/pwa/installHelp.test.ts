import { describe, expect, it } from 'vitest';
import { installHelpFor, isIosSafari } from './installHelp';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP_MODE =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

describe('isIosSafari', () => {
  it('knows iPhone Safari and an iPad asking for desktop pages', () => {
    expect(isIosSafari(IPHONE_SAFARI, 5)).toBe(true);
    expect(isIosSafari(IPAD_DESKTOP_MODE, 5)).toBe(true);
  });

  it('leaves out a Mac, other iOS browsers and Android', () => {
    expect(isIosSafari(IPAD_DESKTOP_MODE, 0)).toBe(false);
    expect(isIosSafari(IPHONE_CHROME, 5)).toBe(false);
    expect(isIosSafari(ANDROID_CHROME, 5)).toBe(false);
  });
});

describe('installHelpFor', () => {
  const base = { standalone: false, hasPrompt: false, iosSafari: false, installed: false };

  it("offers the browser's own install where there is one", () => {
    expect(installHelpFor({ ...base, hasPrompt: true })).toBe('button');
  });

  it('explains Add to Home Screen on iOS Safari', () => {
    expect(installHelpFor({ ...base, iosSafari: true })).toBe('ios-instructions');
  });

  it('says nothing once installed, or where installing is not possible', () => {
    expect(installHelpFor({ ...base, iosSafari: true, standalone: true })).toBe('none');
    expect(installHelpFor({ ...base, hasPrompt: true, installed: true })).toBe('none');
    expect(installHelpFor(base)).toBe('none');
  });
});
