/** Title, artwork and play/pause on the lock screen and headphones (Media Session API). */

export interface NowPlaying {
  title: string;
  artist: string;
  album: string;
  artworkUrl: string;
}

export interface MediaActions {
  play(): void;
  pause(): void;
  previous(): void;
  next(): void;
}

const session = (): MediaSession | null =>
  typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null;

let lastTitle = '';

export function showNowPlaying(info: NowPlaying | null): void {
  const media = session();
  if (!media || typeof MediaMetadata === 'undefined') return;
  if (!info) {
    media.metadata = null;
    lastTitle = '';
    return;
  }
  const key = `${info.title}|${info.artist}`;
  if (key === lastTitle) return;
  lastTitle = key;
  media.metadata = new MediaMetadata({
    title: info.title,
    artist: info.artist,
    album: info.album,
    artwork: [{ src: info.artworkUrl, sizes: '512x512', type: 'image/svg+xml' }],
  });
}

export function setPlaybackState(state: MediaSessionPlaybackState): void {
  const media = session();
  if (media) media.playbackState = state;
}

const ACTIONS: [MediaSessionAction, keyof MediaActions][] = [
  ['play', 'play'],
  ['pause', 'pause'],
  ['previoustrack', 'previous'],
  ['nexttrack', 'next'],
];

export function setMediaActions(actions: MediaActions | null): void {
  const media = session();
  if (!media) return;
  for (const [action, name] of ACTIONS) {
    try {
      media.setActionHandler(action, actions ? () => actions[name]() : null);
    } catch {
      // An action this browser does not know.
    }
  }
}
