import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { localTime } from '../ui/format';
import { justRemoved, type Removed, undoRemove } from './records';
import { routineNameNow } from './routineName';

function removedText(removed: Removed): string {
  return removed.kind === 'session'
    ? t('history.deletedSession', {
        name: routineNameNow(removed.record.routineId, removed.record.routineName),
        when: localTime(removed.record.completedAt, removed.record.utcOffsetMinutes),
      })
    : t('history.deletedCramp', {
        when: localTime(removed.record.at, removed.record.utcOffsetMinutes),
      });
}

/** "Deleted … Undo", for a few seconds after a session or cramp is deleted. */
export function UndoBar() {
  const removed = justRemoved.value;
  const undoButton = useRef<HTMLButtonElement>(null);
  const [failed, setFailed] = useState(false);
  // The Delete button that had focus is gone: the Undo button takes it.
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  if (failed) {
    return (
      <p class="problem" role="alert">
        {t('history.undoFailed')}
      </p>
    );
  }
  if (!removed) return null;
  return (
    <div class="undo-bar" role="status">
      <p>{removedText(removed)}</p>
      <button
        ref={undoButton}
        type="button"
        class="primary"
        onClick={() => undoRemove().catch(() => setFailed(true))}
      >
        {t('history.undo')}
      </button>
    </div>
  );
}
