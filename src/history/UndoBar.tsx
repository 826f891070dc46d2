import { useEffect, useRef, useState } from 'preact/hooks';
import { localTime } from '../ui/format';
import { justRemoved, type Removed, undoRemove } from './records';

function removedText(removed: Removed): string {
  return removed.kind === 'session'
    ? `Deleted ${removed.record.routineName}, ${localTime(removed.record.completedAt, removed.record.utcOffsetMinutes)}.`
    : `Deleted the cramp of ${localTime(removed.record.at, removed.record.utcOffsetMinutes)}.`;
}

/** "Deleted … Undo", for a few seconds after a session or cramp is deleted. */
export function UndoBar() {
  const removed = justRemoved.value;
  const undoButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The Delete button that had focus is gone: the Undo button takes it.
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  if (problem) {
    return (
      <p class="problem" role="alert">
        {problem}
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
        onClick={() =>
          undoRemove().catch(() =>
            setProblem(
              'It could not be put back: Nightstretch cannot save on this phone right now.',
            ),
          )
        }
      >
        Undo
      </button>
    </div>
  );
}
