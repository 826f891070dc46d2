// Pure decisions about install help, kept apart from the browser glue so they unit-test in Node.

/** Which help Home shows for putting the app on the home screen. */
export type InstallHelp = 'none' | 'button' | 'ios-instructions';

/**
 * iPhone and iPad Safari, where installing is only Share → Add to Home Screen. iPadOS asks for
 * desktop pages, so an iPad shows up as a Mac with a touch screen.
 */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const appleTouch =
    /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  const otherBrowser = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|FBAN|FBAV|Instagram/.test(userAgent);
  return appleTouch && /Safari\//.test(userAgent) && !otherBrowser;
}

export function installHelpFor(options: {
  standalone: boolean;
  hasPrompt: boolean;
  iosSafari: boolean;
  installed: boolean;
}): InstallHelp {
  if (options.standalone || options.installed) return 'none';
  if (options.hasPrompt) return 'button';
  return options.iosSafari ? 'ios-instructions' : 'none';
}
