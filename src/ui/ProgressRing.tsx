import { useMemo } from 'preact/hooks';
import './ProgressRing.css';

interface ProgressRingProps {
  /** Changes whenever a new segment starts, so the animation restarts. */
  segmentKey: string;
  durationMs: number;
  /** How much of the segment has gone by at this render, in ms. */
  elapsedMs: number;
  paused: boolean;
}

/**
 * A ring that empties clockwise over a segment, like a clock hand sweeping away the time left.
 * Two half-ring covers rotate with CSS transform animations, which the browser runs off the
 * main thread, so a 30 s hold costs no per-frame script, style or paint work.
 * It is remounted on each new segment and on pause/resume, starting from the time already gone.
 */
export function ProgressRing({ segmentKey, durationMs, elapsedMs, paused }: ProgressRingProps) {
  // Read once per segment and pause state; later renders must not move the animation.
  const startFromMs = useMemo(() => elapsedMs, [segmentKey, paused]);
  const timing = {
    animationDuration: `${Math.max(durationMs, 1)}ms`,
    animationDelay: `${-startFromMs}ms`,
    animationPlayState: paused ? 'paused' : 'running',
  };
  return (
    <div class="ring" aria-hidden="true" key={`${segmentKey}:${paused}`}>
      <div class="ring-half ring-half-right">
        <div class="ring-cover" style={timing} />
      </div>
      <div class="ring-half ring-half-left">
        <div class="ring-cover" style={timing} />
      </div>
    </div>
  );
}
