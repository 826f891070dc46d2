// The pieces Home shows about offline use, updates and installing, loaded after the first screen.
export { InstallCard } from './InstallCard';
export { OfflineToast } from './OfflineToast';
export { UpdatePrompt } from './UpdatePrompt';
