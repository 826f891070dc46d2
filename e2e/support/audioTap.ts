// A tap on the real audio output, for browser tests and the benchmark: an AudioWorklet hung on
// howler's master gain, beside the speakers (so it changes nothing a person hears), reports when
// sound energy starts, in the page's own clock, and the loudest sample that went out.
import type { Page } from '@playwright/test';

/**
 * The tap hears the output through a fixed delay line, joined to howler's master gain the moment
 * that gain is, while the worklet takes tens of milliseconds to load (hundreds on a busy machine):
 * so a tone that starts as the context is made (the first cue) is heard from its first sample. The
 * delay is taken off every time reported; readings come this much later.
 */
export const TAP_DELAY_MS = 1000;

/** One burst of sound at the output. */
export interface AudioOnset {
  /** When its first audible sample reaches the speakers, epoch ms like Date.now(). */
  heardAt: number;
  /** When that sample left the audio graph (before the device's output latency), epoch ms. */
  renderedAt: number;
  /** Largest sample of its first 10 ms, 0..1: how loud it starts. */
  peak: number;
  /** Largest sample of the whole burst, 0..1: how loud it gets (a gentle start rises to it). */
  loudest: number;
}

export interface AudioTapReading {
  onsets: AudioOnset[];
  /** Largest absolute sample seen since the page loaded. */
  peak: number;
  /** Contexts the tap is on (0 means the app never made one, or the tap failed). */
  contexts: number;
  /**
   * The device buffer the context renders in (its baseLatency), ms: the grain of the clock
   * mapping, and how far ahead of the steady pace a context's very first frames go out.
   */
  deviceBufferMs: number;
  /**
   * True when the worklet joined while sound was already coming through its delay line, so that
   * sound's start was not seen (readAudioTap then throws rather than report a wrong time).
   */
  joinedLate: boolean;
}

/**
 * The worklet: a sample above the threshold after at least 100 ms of quiet starts an onset,
 * stamped with its exact frame. 0.001 is -60 dBFS: far below the softest cue, far above silence.
 */
const PROCESSOR = `
const THRESHOLD = 0.001;
const GAP_FRAMES = 0.1 * sampleRate;
const DELAY_SECONDS = ${TAP_DELAY_MS / 1000};
class NightstretchTap extends AudioWorkletProcessor {
  constructor() {
    super();
    this.joined = false;
    this.lastLoudFrame = -Infinity;
    this.peak = 0;
    this.onset = null;
    this.loudest = 0;
  }
  process(inputs) {
    const channels = inputs[0] ?? [];
    const length = channels[0]?.length ?? 0;
    if (!this.joined && length > 0) {
      // Sound in its very first samples was already under way when the worklet joined.
      this.joined = true;
      const first = channels.flatMap((channel) => [...channel.subarray(0, 4)]);
      if (first.some((sample) => Math.abs(sample) > THRESHOLD)) {
        this.port.postMessage({ type: 'joined-late' });
      }
    }
    for (let i = 0; i < length; i++) {
      let sample = 0;
      for (const channel of channels) sample = Math.max(sample, Math.abs(channel[i]));
      if (sample > this.peak) {
        this.peak = sample;
        this.port.postMessage({ type: 'peak', peak: sample });
      }
      if (sample <= THRESHOLD) continue;
      const frame = currentFrame + i;
      if (frame - this.lastLoudFrame > GAP_FRAMES) {
        // The delay line's input time: when the sound left howler's master gain.
        this.onset = {
          time: frame / sampleRate - DELAY_SECONDS,
          peak: 0,
          until: frame + 0.01 * sampleRate,
        };
        this.loudest = 0;
      }
      if (sample > this.loudest) {
        this.loudest = sample;
        // Once the onset is out, the burst's growing peak follows it.
        if (!this.onset) this.port.postMessage({ type: 'loudest', loudest: sample });
      }
      this.lastLoudFrame = frame;
      if (this.onset && frame < this.onset.until) this.onset.peak = Math.max(this.onset.peak, sample);
    }
    if (this.onset && currentFrame + length >= this.onset.until) {
      this.port.postMessage({
        type: 'onset',
        time: this.onset.time,
        peak: this.onset.peak,
        loudest: this.loudest,
      });
      this.onset = null;
    }
    return true;
  }
}
registerProcessor('nightstretch-tap', NightstretchTap);
`;

/**
 * Runs in the page before the app: every AudioContext loads the worklet as soon as it is made,
 * and whatever connects to the speakers (howler's master gain) is also connected at once to a
 * delay line, which feeds the tap once the worklet is ready. The delay line is kept running
 * through a silent gain to the speakers (a node that leads nowhere is not processed). A worklet
 * that joined later than the delay would miss the start of a cue, so readAudioTap throws rather
 * than pass. Plain JavaScript: it is page source, not part of the test's bundle.
 */
const INIT_SCRIPT = `(() => {
  const reading = { onsets: [], peak: 0, contexts: 0, joinedLate: false, deviceBufferMs: 0 };
  window.__audioTap = reading;
  const url = URL.createObjectURL(new Blob([${JSON.stringify(PROCESSOR)}], { type: 'text/javascript' }));
  const taps = new WeakMap();
  const tapFor = (ctx) => {
    let tap = taps.get(ctx);
    if (tap) return tap;
    sampleClock(ctx);
    tap = ctx.audioWorklet.addModule(url).then(() => {
      const node = new AudioWorkletNode(ctx, 'nightstretch-tap', { numberOfInputs: 1, numberOfOutputs: 0 });
      reading.contexts += 1;
      reading.deviceBufferMs = Math.max(reading.deviceBufferMs, (ctx.baseLatency || 0) * 1000);
      node.port.onmessage = ({ data }) => {
        if (data.type === 'peak') {
          reading.peak = Math.max(reading.peak, data.peak);
          return;
        }
        if (data.type === 'joined-late') {
          reading.joinedLate = true;
          return;
        }
        if (data.type === 'loudest') {
          const last = reading.onsets[reading.onsets.length - 1];
          if (last) last.loudest = Math.max(last.loudest, data.loudest);
          return;
        }
        // The onset's audio clock mapped to the page's: the median of the clock pairs sampled
        // since the context started (one reading is only as good as the device buffer it fell in).
        const heardAt = data.time * 1000 + clockOffset(ctx);
        const latencyMs = ((ctx.outputLatency || 0) + (ctx.baseLatency || 0)) * 1000;
        reading.onsets.push({ heardAt, renderedAt: heardAt - latencyMs, peak: data.peak, loudest: data.loudest });
      };
      connect.call(delayFor(ctx), node);
      return node;
    });
    taps.set(ctx, tap);
    return tap;
  };
  // The output timestamp pairs the context time now reaching the speakers with the performance
  // time at which it does, but only as finely as the device's buffer (10 ms or more), so one
  // reading can be a buffer off. Pairs are sampled every 20 ms while the context runs and the
  // median offset (epoch ms at context time 0, on Date.now()'s clock like the app's deadlines)
  // maps the audio clock to the page's.
  const offsets = new WeakMap();
  const sampleClock = (ctx) => {
    const samples = [];
    offsets.set(ctx, samples);
    const timer = setInterval(() => {
      if (ctx.state === 'closed') return clearInterval(timer);
      if (ctx.state !== 'running') return;
      const stamp = ctx.getOutputTimestamp();
      if (!(stamp.contextTime > 0)) return;
      const epochOfPerformanceZero = Date.now() - performance.now();
      samples.push(epochOfPerformanceZero + stamp.performanceTime - stamp.contextTime * 1000);
      if (samples.length > 500) samples.shift();
    }, 20);
  };
  const clockOffset = (ctx) => {
    const samples = [...(offsets.get(ctx) ?? [])].sort((a, b) => a - b);
    if (samples.length === 0) {
      const stamp = ctx.getOutputTimestamp();
      return Date.now() - performance.now() + stamp.performanceTime - stamp.contextTime * 1000;
    }
    return samples[Math.floor(samples.length / 2)];
  };
  const delays = new WeakMap();
  const delayFor = (ctx) => {
    let delay = delays.get(ctx);
    if (delay) return delay;
    delay = ctx.createDelay(${(2 * TAP_DELAY_MS) / 1000});
    delay.delayTime.value = ${TAP_DELAY_MS / 1000};
    const silent = ctx.createGain();
    silent.gain.value = 0;
    connect.call(delay, silent);
    connect.call(silent, ctx.destination);
    delays.set(ctx, delay);
    return delay;
  };
  const connect = AudioNode.prototype.connect;
  const Native = window.AudioContext;
  window.AudioContext = class extends Native {
    constructor(options) {
      super(options);
      tapFor(this);
    }
  };
  AudioNode.prototype.connect = function (...args) {
    if (args[0] instanceof AudioDestinationNode) {
      connect.call(this, delayFor(this.context));
      tapFor(this.context);
    }
    return connect.apply(this, args);
  };
})();`;

/** Puts the tap in the page; call before it loads (it holds for every later load too). */
export async function installAudioTap(page: Page): Promise<void> {
  await page.addInitScript(INIT_SCRIPT);
}

export async function readAudioTap(page: Page): Promise<AudioTapReading> {
  const reading = await page.evaluate(
    () => (window as unknown as { __audioTap?: AudioTapReading }).__audioTap,
  );
  if (!reading) throw new Error('the audio tap is not installed');
  if (reading.joinedLate) {
    throw new Error(
      `the audio tap's worklet joined more than ${TAP_DELAY_MS} ms after sound began`,
    );
  }
  return reading;
}

/** Waits until sound that left the graph by now has come through the tap's delay line. */
export async function settleAudioTap(page: Page): Promise<void> {
  await page.waitForTimeout(TAP_DELAY_MS + 200);
}
