/**
 * Hybrid logical clock (after Actual Budget's crdt/timestamp.ts).
 *
 * A timestamp is `millis-counter-node` encoded so that plain string comparison
 * orders timestamps: 15 decimal digits of wall-clock millis, 4 hex digits of
 * logical counter, then the node (device) id. Laptops in the field often have
 * wrong clocks, so receiving a timestamp from the future never fails: the
 * clock simply moves forward past it, which keeps causality intact.
 */
export interface HlcState {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

const MAX_COUNTER = 0xffff;

/**
 * How far ahead of this laptop's own clock a received time may be: laptops
 * in the field are often minutes or hours off, never days. A record further
 * ahead is refused (the sender's clock is wrong), and the local clock never
 * moves past now + this margin, so one wrong clock cannot spread.
 */
export const CLOCK_MARGIN_MS = 24 * 60 * 60 * 1000;
/** No record of this app is older than 1 January 2020. */
export const EARLIEST_MILLIS = Date.UTC(2020, 0, 1);
/** The largest time a 15-digit timestamp can carry with room to count on. */
const MAX_MILLIS = 10 ** 15 - 10 ** 6;

export function initialClock(node: string): HlcState {
  if (!/^[0-9a-z]{1,32}$/.test(node)) throw new Error(`invalid clock node id: ${node}`);
  return { millis: 0, counter: 0, node };
}

export function formatTimestamp(s: HlcState): string {
  return `${String(s.millis).padStart(15, '0')}-${s.counter.toString(16).padStart(4, '0')}-${s.node}`;
}

export interface ParsedTimestamp {
  millis: number;
  counter: number;
  node: string;
}

const TS_RE = /^(\d{15})-([0-9a-f]{4})-([0-9a-z]{1,32})$/;

export function isTimestamp(value: string): boolean {
  return TS_RE.test(value);
}

export function parseTimestamp(ts: string): ParsedTimestamp {
  const m = TS_RE.exec(ts);
  if (!m) throw new Error(`invalid timestamp: ${ts}`);
  return { millis: Number(m[1]), counter: parseInt(m[2], 16), node: m[3] };
}

/** Advance the clock for a local event; returns the new state and its timestamp. */
export function tick(state: HlcState, now: number): { state: HlcState; ts: string } {
  const millis = Math.max(state.millis, Math.floor(now));
  const counter = millis === state.millis ? state.counter + 1 : 0;
  if (counter > MAX_COUNTER) {
    // More than 65 535 events in one millisecond: borrow the next millisecond.
    const next = { millis: millis + 1, counter: 0, node: state.node };
    return { state: next, ts: formatTimestamp(next) };
  }
  const next = { millis, counter, node: state.node };
  return { state: next, ts: formatTimestamp(next) };
}

/** Whether a timestamp's time lies between EARLIEST_MILLIS and now + CLOCK_MARGIN_MS; 'ahead' names the usual fault. */
export function timestampProblem(ts: string, now: number): 'invalid' | 'too-old' | 'ahead' | undefined {
  const m = TS_RE.exec(ts);
  if (!m) return 'invalid';
  const millis = Number(m[1]);
  if (millis < EARLIEST_MILLIS) return 'too-old';
  if (millis > now + CLOCK_MARGIN_MS) return 'ahead';
  return undefined;
}

/**
 * A stored clock as it should be at start: a clock beyond now + margin (an
 * earlier version adopted a remote time from a wrong laptop) or past the
 * 15-digit width comes back to the latest sane time, so the laptop starts and
 * its records stay as they are.
 */
export function recoverClock(saved: HlcState, now: number, latestSane: number): HlcState {
  const sane = Number.isSafeInteger(saved.millis) && saved.millis >= 0 && saved.millis <= Math.min(MAX_MILLIS, now + CLOCK_MARGIN_MS) && Number.isInteger(saved.counter) && saved.counter >= 0 && saved.counter <= MAX_COUNTER;
  if (sane) return saved;
  return { millis: Math.max(0, Math.min(latestSane, now + CLOCK_MARGIN_MS)), counter: 0, node: saved.node };
}

/** Merge a remote timestamp into the local clock so later local events sort after it; never past now + margin. */
export function receive(state: HlcState, remoteTs: string, now: number): HlcState {
  const parsed = parseTimestamp(remoteTs);
  const remote = parsed.millis > now + CLOCK_MARGIN_MS ? { ...parsed, millis: Math.floor(now + CLOCK_MARGIN_MS), counter: 0 } : parsed;
  const wall = Math.floor(now);
  const millis = Math.max(state.millis, remote.millis, wall);
  let counter: number;
  if (millis === state.millis && millis === remote.millis) counter = Math.max(state.counter, remote.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: state.node };
  return { millis, counter, node: state.node };
}

/** Wall-clock millis of a timestamp, for showing "when" to a person. */
export function timestampMillis(ts: string): number {
  return parseTimestamp(ts).millis;
}
