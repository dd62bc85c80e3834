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

/** Merge a remote timestamp into the local clock so later local events sort after it. */
export function receive(state: HlcState, remoteTs: string, now: number): HlcState {
  const remote = parseTimestamp(remoteTs);
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
