import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_PATH } from './firefox/driver';
import { MINIBROWSER_PATH, WEBDRIVER_PATH } from './webkit/driver';
import { SYSTEM_PYTHON } from './webkit/profileDriver';

/** One browser engine the suite drives, and what it needs from Debian. */
export interface EngineNeeds {
  engine: 'firefox' | 'webkit' | 'webkit-profile';
  title: string;
  /** The one command that installs what is missing. */
  install: string;
  missing(): string[];
}

const onPath = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const pythonHasWebKit = () => {
  try {
    execFileSync(
      SYSTEM_PYTHON,
      [
        '-c',
        "import gi; gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1'); from gi.repository import WebKit2",
      ],
      { stdio: 'ignore' },
    );
    return true;
  } catch {
    return false;
  }
};

export const ENGINES: EngineNeeds[] = [
  {
    engine: 'firefox',
    title: 'Firefox ESR (WebDriver BiDi)',
    install: 'apt-get install -y firefox-esr pulseaudio',
    missing: () => [
      ...(existsSync(FIREFOX_PATH) ? [] : [FIREFOX_PATH]),
      ...(onPath('pulseaudio') ? [] : ['pulseaudio']),
    ],
  },
  {
    engine: 'webkit',
    title: 'WebKitGTK automation (WebKitWebDriver + MiniBrowser)',
    install: 'apt-get install -y webkit2gtk-driver xvfb',
    missing: () => [
      ...(existsSync(WEBDRIVER_PATH) ? [] : [WEBDRIVER_PATH]),
      ...(MINIBROWSER_PATH ? [] : ['MiniBrowser (libwebkit2gtk-4.1-0)']),
      ...(onPath('xvfb-run') ? [] : ['xvfb-run']),
    ],
  },
  {
    engine: 'webkit-profile',
    title: 'WebKitGTK with an on-disk profile (python3-gi harness)',
    install: 'apt-get install -y python3-gi gir1.2-webkit2-4.1 xvfb',
    missing: () => [
      ...(pythonHasWebKit() ? [] : ['python3-gi with WebKit2 4.1']),
      ...(onPath('xvfb-run') ? [] : ['xvfb-run']),
    ],
  },
];
