import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Stop, behind a calm question, so a fumbled tap in the dark never ends the routine. */
export function StopControl({ onStop }: { onStop: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const keepGoing = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirming) keepGoing.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="quiet stop" onClick={() => setConfirming(true)}>
        Stop
      </button>
    );
  }
  return (
    <section class="confirm" aria-labelledby="stop-question">
      <p id="stop-question">Stop tonight's routine? It won't count toward your streak.</p>
      <button type="button" onClick={onStop}>
        Yes, stop
      </button>
      <button type="button" class="primary" ref={keepGoing} onClick={() => setConfirming(false)}>
        Keep going
      </button>
    </section>
  );
}
