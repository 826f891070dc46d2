import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { progressOf } from '../engine/progress';
import { startSession } from '../engine/session';
import { twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';

// The router reads the page's address when loaded: give it a stand-in before importing.
vi.stubGlobal('location', { hash: '' });
vi.stubGlobal('addEventListener', () => {});
vi.stubGlobal('history', { pushState: () => {}, replaceState: () => {} });

// The player and its effects, as far as the Resume tap reaches them; the restore throws.
vi.mock('./audio', () => ({ unlockAudio: () => {} }));
vi.mock('./sessionEffects', () => ({ checkOtherPlayer: async () => false }));
vi.mock('./savedSession', () => ({ discardSavedSession: () => {} }));
vi.mock('./playerInstance', () => ({
  player: {
    restore: () => {
      throw new Error('damaged timeline');
    },
  },
}));

const { acceptResumeOffer } = await import('./resumeActions');
const { resumeOffer } = await import('./sessionState');
const { loadedRuntime, withRuntime } = await import('./runtimeLoader');
const { storageProblem } = await import('../shell/database');
const { t } = await import('../i18n/i18n');

/** The notice as the person reads it. */
const noticeText = () => {
  const notice = storageProblem.value;
  return notice ? t(notice.key, notice.values) : '';
};

type Runtime = NonNullable<typeof loadedRuntime.value>;

describe('a failure behind a tap is said and logged, never an unhandled rejection', () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeAll(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    storageProblem.value = null;
    logged.mockClear();
  });

  it('Resume that cannot restore the saved routine says so', async () => {
    resumeOffer.value = progressOf(startSession(buildTimeline(twoStretches), 1000).state, 2000);
    acceptResumeOffer();
    await vi.waitFor(() => expect(noticeText()).toMatch(/couldn't be picked up again/));
    expect(logged).toHaveBeenCalledWith(
      'Nightstretch: the routine could not be resumed',
      expect.any(Error),
    );
  });

  it('a runtime action that rejects shows a notice and logs the error', async () => {
    loadedRuntime.value = {} as Runtime;
    withRuntime(async () => {
      throw new Error('start failed');
    });
    await vi.waitFor(() => expect(noticeText()).toMatch(/couldn't be started/));
    expect(logged).toHaveBeenCalledWith(
      'Nightstretch: the routine could not be started',
      expect.any(Error),
    );
  });
});
