import { loadAllMessages, useLanguage } from './i18n';

await useLanguage('en');
await loadAllMessages();
