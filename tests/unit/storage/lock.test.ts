import { describe, expect, it } from 'vitest';
import { createSerialQueue, exclusive } from '../../../lib/storage/lock';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('serial queue', () => {
  it('runs one task at a time, in the order given, and goes on after a failure', async () => {
    const serial = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([serial(task('a')), serial(task('b', true)), serial(task('c'))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('exclusive (without Web Locks: one queue per name)', () => {
  it('serialises the tasks of one name and lets another name run beside them', async () => {
    const log: string[] = [];
    let release!: () => void;
    const held = exclusive('lock-test-a', () => new Promise<void>((resolve) => (release = resolve)).then(() => void log.push('a1')));
    const queued = exclusive('lock-test-a', async () => void log.push('a2'));
    await exclusive('lock-test-b', async () => void log.push('b'));
    expect(log).toEqual(['b']);
    release();
    await Promise.all([held, queued]);
    expect(log).toEqual(['b', 'a1', 'a2']);
  });
});
