import type { Colors } from "./color.js";

/** The phases of a run that can take long enough to need a status line. */
export type Phase = "reading" | "planning" | "writing";

/** Receives where a run is; see `SyncDeps.onPhase` and `onProgress`. */
export interface ProgressSink {
  /** A phase starts (and the one before ends); `total` when known up front. */
  phase(phase: Phase, total?: number): void;
  /** Items done in the current phase, out of `total`. */
  update(done: number, total?: number): void;
  /** The run is past its last phase. */
  end(): void;
  /** Redraws the line (a timer calls it, so a phase without updates still shows its time). */
  render(): void;
  /** Clears the status line before another line is written; the next update draws it again. */
  interrupt(): void;
}

export interface ProgressOptions {
  /** Writes to the terminal (stderr). */
  write: (text: string) => void;
  /** Milliseconds, monotonic enough for rates. */
  now: () => number;
  colors: Colors;
  /** A phase shorter than this shows nothing at all. Default 1000. */
  showAfterMs?: number;
}

const LABEL: Record<Phase, { verb: string; noun: string }> = {
  reading: { verb: "Reading", noun: "files" },
  planning: { verb: "Planning", noun: "" },
  writing: { verb: "Writing", noun: "documents" },
};
/** Redraws at most this often: a line per file would cost more than the files. */
const REDRAW_MS = 100;
/** Rate and ETA wait for this many items: the first one also pays for start-up and would promise hours. */
const RATE_AFTER_ITEMS = 5;
const CLEAR_LINE = "\r\u001b[2K";

interface State {
  phase: Phase;
  started: number;
  done: number;
  total?: number;
  shown: boolean;
  drawn: number;
}

/**
 * One status line per phase on a terminal: count/total, rate and ETA, redrawn in place while the
 * phase runs, and left as a one-line record ("Reading 9611/9611 files in 2.4s") when it ends.
 * Phases under `showAfterMs` leave no trace.
 */
export function createProgress(options: ProgressOptions): ProgressSink {
  const showAfter = options.showAfterMs ?? 1000;
  let state: State | undefined;
  const draw = (final: boolean) => {
    if (!state) return;
    const elapsed = options.now() - state.started;
    if (!state.shown && elapsed < showAfter) return;
    if (!final && state.shown && options.now() - state.drawn < REDRAW_MS) return;
    state.shown = true;
    state.drawn = options.now();
    const line = final ? finishedLine({ ...state, elapsedMs: elapsed }) : statusLine({ ...state, elapsedMs: elapsed });
    options.write(`${CLEAR_LINE}${final ? line : options.colors.dim(line)}${final ? "\n" : ""}`);
  };
  const finish = () => {
    if (state?.shown) draw(true);
    state = undefined;
  };
  return {
    phase(phase, total) {
      finish();
      state = { phase, started: options.now(), done: 0, total, shown: false, drawn: 0 };
    },
    update(done, total) {
      if (!state) return;
      state.done = done;
      if (total !== undefined) state.total = total;
      draw(false);
    },
    end: finish,
    render: () => draw(false),
    interrupt() {
      if (!state?.shown) return;
      options.write(CLEAR_LINE);
      state.drawn = 0;
    },
  };
}

export interface LineState {
  phase: Phase;
  done: number;
  total?: number;
  elapsedMs: number;
}

/** `Reading 1200/9611 files · 850/s · ETA 10s`; `Planning… 3s` for a phase without counts. */
export function statusLine(state: LineState): string {
  const { verb, noun } = LABEL[state.phase];
  if (state.total === undefined || state.total === 0) return `${verb}… ${seconds(state.elapsedMs)}`;
  const rate = state.elapsedMs > 0 ? (state.done * 1000) / state.elapsedMs : 0;
  const parts = [`${verb} ${state.done}/${state.total} ${noun}`.trimEnd()];
  if (rate > 0 && state.done >= RATE_AFTER_ITEMS) {
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
    parts.push(`ETA ${seconds(((state.total - state.done) / rate) * 1000)}`);
  }
  return parts.join(" · ");
}

/** `Reading 9611/9611 files in 2.4s`; `Planning took 3.1s`. */
export function finishedLine(state: LineState): string {
  const { verb, noun } = LABEL[state.phase];
  if (state.total === undefined || state.total === 0) return `${verb} took ${seconds(state.elapsedMs)}`;
  return `${verb} ${state.done}/${state.total} ${noun} in ${seconds(state.elapsedMs)}`.replace(/ {2}/g, " ");
}

/** `0.4s`, `12s`, `3m05s`. */
export function seconds(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 10) return `${s.toFixed(1)}s`;
  if (s < 60) return `${Math.round(s)}s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, "0")}s`;
}
