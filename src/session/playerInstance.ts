// The player and what it does with a finished routine. Part of the session runtime chunk, so
// the engine stays off the first screen; Home reads the session through ./sessionState.
import { completionFrom } from '../engine/completion';
import { localUtcOffsetMinutes } from '../engine/night';
import type { SessionState } from '../engine/session';
import { settings } from '../settings/settings';
import { announceDataChanged } from '../shell/changes';
import { database, reportStorageError } from '../shell/database';
import { clock } from '../shell/services';
import { saveCompletion } from '../storage/completions';
import { playCues } from './audio';
import { logCue, logDroppedCue } from './cueLog';
import { PlayerController } from './player';
import { sessionChanged } from './sessionEffects';
import { session, sessionNow } from './sessionState';

async function recordCompletion(state: SessionState): Promise<void> {
  const endedAt = state.endedAt ?? clock.now();
  const record = completionFrom(state, localUtcOffsetMinutes(endedAt), settings.value.cutoffHour);
  try {
    await saveCompletion(await database(), record);
  } catch (error) {
    void import('../shell/pendingWrites').then(({ keepForLater }) =>
      keepForLater({ store: 'completions', record }),
    );
    reportStorageError(error);
    return;
  }
  announceDataChanged();
  // Once there is something worth keeping, ask the browser not to clear it under pressure.
  void import('../shell/durability')
    .then(({ askForPersistenceOnce }) => askForPersistenceOnce(clock.now()))
    .catch(() => {});
}

/** The one player: drives the engine and hands its cues and changes to the session runtime. */
export const player = new PlayerController(
  clock,
  {
    onCues(cues, state) {
      const playedAt = clock.now();
      for (const cue of cues) logCue(cue, playedAt);
      playCues(cues, state);
    },
    onDropped(cues) {
      for (const cue of cues) logDroppedCue(cue);
    },
    onChange(state, previous) {
      if (state.status === 'done' && previous?.status !== 'done') void recordCompletion(state);
      sessionChanged(player, state, previous, clock.now());
    },
  },
  { session, now: sessionNow },
);
