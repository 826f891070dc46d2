import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { progressOf } from '../engine/progress';
import { startSession } from '../engine/session';
import { twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';

// The router reads the page's address when loaded: give it a stand-in before importing.
vi.stubGlobal('location', { hash: '' });
vi.stubGlobal('addEventListener', () => {});
vi.stubGlobal('history', { pushState: () => {}, replaceState: () => {} });

const { acceptResumeOffer, resumeOffer } = await import('./resumeOffer');
const { loadedRuntime, withRuntime } = await import('./runtimeLoader');
const { storageProblem } = await import('../shell/database');

type Runtime = NonNullable<typeof loadedRuntime.value>;

const saved = progressOf(startSession(buildTimeline(twoStretches), 1000).state, 2000);

describe('a failure behind a tap is said and logged, never an unhandled rejection', () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeAll(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    storageProblem.value = null;
    logged.mockClear();
  });

  it('an action that rejects shows a notice and logs the error', async () => {
    loadedRuntime.value = {} as Runtime;
    withRuntime(async () => {
      throw new Error('restore failed');
    });
    await vi.waitFor(() => expect(storageProblem.value).toMatch(/couldn't be started/));
    expect(logged).toHaveBeenCalledWith(
      'Nightstretch: the routine could not be started',
      expect.any(Error),
    );
  });

  it('Resume that cannot restore the saved routine says so', async () => {
    loadedRuntime.value = {
      unlockAudio: () => {},
      checkOtherPlayer: async () => false,
      player: {
        restore: () => {
          throw new Error('damaged timeline');
        },
      },
    } as unknown as Runtime;
    resumeOffer.value = saved;
    acceptResumeOffer();
    await vi.waitFor(() => expect(storageProblem.value).toMatch(/couldn't be started/));
    expect(logged).toHaveBeenCalledOnce();
  });
});
