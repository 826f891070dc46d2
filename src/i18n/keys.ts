// Message keys come from the English catalogs; every other language must have the same ones
// (npm run lint:messages). A key is written namespace.key: t('home.startTonight').
// The namespaces the first screen shows load with it (vite.config.ts: FIRST_SCREEN_MESSAGES).

import type data from './messages/en/data.json';
import type diary from './messages/en/diary.json';
import type errors from './messages/en/errors.json';
import type health from './messages/en/health.json';
import type history from './messages/en/history.json';
import type home from './messages/en/home.json';
import type insights from './messages/en/insights.json';
import type learn from './messages/en/learn.json';
import type pwa from './messages/en/pwa.json';
import type routines from './messages/en/routines.json';
import type session from './messages/en/session.json';
import type settings from './messages/en/settings.json';
import type shell from './messages/en/shell.json';
import type speech from './messages/en/speech.json';
import type ui from './messages/en/ui.json';

interface Namespaces {
  shell: typeof shell;
  home: typeof home;
  pwa: typeof pwa;
  errors: typeof errors;
  ui: typeof ui;
  health: typeof health;
  session: typeof session;
  speech: typeof speech;
  history: typeof history;
  insights: typeof insights;
  data: typeof data;
  diary: typeof diary;
  settings: typeof settings;
  routines: typeof routines;
  learn: typeof learn;
}

export type MessageKey = {
  [N in keyof Namespaces]: `${N}.${Extract<keyof Namespaces[N], string>}`;
}[keyof Namespaces];
