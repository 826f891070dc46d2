import { useMemo } from 'preact/hooks';

interface ProgressRingProps {
  /** Changes whenever a new segment starts, so the animation restarts. */
  segmentKey: string;
  durationMs: number;
  /** How much of the segment has gone by at this render, in ms. */
  elapsedMs: number;
  paused: boolean;
}

const RADIUS = 46;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A ring that empties over a segment, animated by CSS rather than a per-frame script.
 * It is remounted on each new segment and on pause/resume, starting from the time already gone.
 */
export function ProgressRing({ segmentKey, durationMs, elapsedMs, paused }: ProgressRingProps) {
  // Read once per segment and pause state; later renders must not move the animation.
  const startFromMs = useMemo(() => elapsedMs, [segmentKey, paused]);
  return (
    <svg class="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle class="ring-track" cx="50" cy="50" r={RADIUS} />
      <circle
        key={`${segmentKey}:${paused}`}
        class="ring-fill"
        cx="50"
        cy="50"
        r={RADIUS}
        style={{
          strokeDasharray: `${CIRCUMFERENCE}`,
          animationDuration: `${Math.max(durationMs, 1)}ms`,
          animationDelay: `${-startFromMs}ms`,
          animationPlayState: paused ? 'paused' : 'running',
        }}
      />
    </svg>
  );
}
