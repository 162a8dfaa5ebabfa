import { describe, expect, it } from 'vitest';
import { FIRST_WAIT_MS, MAX_WAIT_MS, PlacementGuard, REJECTION_MEMORY_MS } from '../../../lib/page-ui/placement-guard';

function guardAt() {
  const clock = { now: 0 };
  return { clock, guard: new PlacementGuard<string>(() => clock.now) };
}

describe('PlacementGuard', () => {
  it('places inline until the page took the host out twice, then as a fixed card, then waits', () => {
    const { clock, guard } = guardAt();
    expect(guard.decide('locked')).toEqual({ fixed: false, waitMs: 0 });
    guard.placed('locked');
    guard.rejected('locked');
    expect(guard.decide('locked')).toEqual({ fixed: false, waitMs: 0 });
    guard.placed('locked');
    guard.rejected('locked');
    expect(guard.decide('locked')).toEqual({ fixed: true, waitMs: 0 });
    guard.placed('locked');
    clock.now = 10;
    guard.rejected('locked');
    expect(guard.decide('locked')).toEqual({ fixed: true, waitMs: FIRST_WAIT_MS - 10 });
    // Other kinds are judged on their own.
    expect(guard.decide('captcha')).toEqual({ fixed: false, waitMs: 0 });
  });

  it('doubles the wait up to its maximum, and the count outlives the longest wait', () => {
    const { clock, guard } = guardAt();
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const { waitMs } = guard.decide('locked');
      clock.now += waitMs;
      waits.push(waitMs);
      guard.placed('locked');
      guard.rejected('locked');
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, MAX_WAIT_MS, MAX_WAIT_MS, MAX_WAIT_MS, MAX_WAIT_MS]);
    expect(MAX_WAIT_MS).toBeLessThan(REJECTION_MEMORY_MS);
  });

  it('forgets rejections far apart: a page that renders its form anew now and then keeps its inline panel', () => {
    const { clock, guard } = guardAt();
    for (let i = 0; i < 5; i++) {
      guard.placed('locked');
      guard.rejected('locked');
      clock.now += REJECTION_MEMORY_MS + 1;
      expect(guard.decide('locked')).toEqual({ fixed: false, waitMs: 0 });
    }
  });
});
