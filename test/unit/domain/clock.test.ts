import { describe, expect, it } from 'vitest';
import { formatTimestamp, initialClock, parseTimestamp, receive, tick } from '../../../shared/domain/clock';

describe('hybrid logical clock', () => {
  it('orders timestamps as strings in the order events happened', () => {
    let c = initialClock('aa');
    const ids: string[] = [];
    for (const now of [1000, 1000, 1000, 999, 2000, 1500]) {
      const r = tick(c, now);
      c = r.state;
      ids.push(r.ts);
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never goes backwards when the wall clock does', () => {
    let c = initialClock('aa');
    c = tick(c, 5000).state;
    const r = tick(c, 10);
    expect(parseTimestamp(r.ts).millis).toBe(5000);
    expect(parseTimestamp(r.ts).counter).toBe(1);
  });

  it('after receiving a remote timestamp from a laptop whose clock is ahead, local events sort after it', () => {
    const local = tick(initialClock('aa'), 1000).state;
    const remote = formatTimestamp({ millis: 9_000_000, counter: 7, node: 'bb' });
    const merged = receive(local, remote, 1001);
    const next = tick(merged, 1002).ts;
    expect(next > remote).toBe(true);
  });

  it('breaks ties between devices by node id so two laptops never produce the same timestamp', () => {
    const a = tick(initialClock('aa'), 1000).ts;
    const b = tick(initialClock('bb'), 1000).ts;
    expect(a).not.toBe(b);
    expect(a < b).toBe(true);
  });

  it('survives more than 65 535 events in one millisecond', () => {
    let c = initialClock('aa');
    let last = '';
    for (let i = 0; i < 70_000; i++) {
      const r = tick(c, 42);
      expect(r.ts > last).toBe(true);
      last = r.ts;
      c = r.state;
    }
  });

  it('rejects malformed timestamps and node ids', () => {
    expect(() => parseTimestamp('2025-01-01')).toThrow();
    expect(() => initialClock('Bad Node!')).toThrow();
  });
});
