import { describe, expect, it, vi } from 'vitest';
import { createReliableSender, DeliveryError, isUndelivered } from '../../../lib/page-ui/reliable-send';

const gone = () => new Error('Could not establish connection. Receiving end does not exist.');
const noWait = () => Promise.resolve();

/** A background that is down for the first `down` attempts, then applies and answers. */
function flakyBackground(down: number) {
  const applied: string[] = [];
  let calls = 0;
  return {
    applied,
    write: (value: string) => async () => {
      if (++calls <= down) throw gone();
      applied.push(value);
      return [...applied];
    },
  };
}

describe('reliable send', () => {
  it('knows the errors of an undelivered message from a refusal', () => {
    expect(isUndelivered(gone())).toBe(true);
    expect(isUndelivered(new Error('The message port closed before a response was received.'))).toBe(true);
    expect(isUndelivered(new Error('No response'))).toBe(true);
    expect(isUndelivered(new Error('Rejected malformed "setItemChecked" message'))).toBe(false);
    expect(isUndelivered('Could not establish connection')).toBe(false);
  });

  it('sends again until the background answers', async () => {
    const bg = flakyBackground(5);
    const send = createReliableSender({ wait: noWait });
    expect(await send(bg.write('a'))).toEqual(['a']);
    expect(bg.applied).toEqual(['a']);
  });

  it('delivers in the order the writes were made, whatever fails in between', async () => {
    const bg = flakyBackground(3);
    const send = createReliableSender({ wait: noWait });
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((v) => send(bg.write(v))));
    expect(bg.applied).toEqual(['a', 'b', 'c', 'd']);
    expect(answers.at(-1)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not send a refused write again', async () => {
    const attempt = vi.fn(async () => {
      throw new Error('Rejected malformed "updatePrefs" message');
    });
    await expect(createReliableSender({ wait: noWait })(attempt)).rejects.toThrow('Rejected');
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last attempt, waiting longer each time, and goes on with the next write', async () => {
    const waits: number[] = [];
    const send = createReliableSender({ wait: async (ms) => void waits.push(ms), maxAttempts: 6, delays: [1, 2, 4] });
    const never = vi.fn(async () => {
      throw gone();
    });
    await expect(send(never)).rejects.toBeInstanceOf(DeliveryError);
    expect(never).toHaveBeenCalledTimes(6);
    expect(waits).toEqual([1, 2, 4, 4, 4]);
    expect(await send(async () => 'next')).toBe('next');
  });

  it('sends again when an attempt is never answered, and the next writes are not held up', async () => {
    let calls = 0;
    const send = createReliableSender({ wait: noWait, attemptTimeoutMs: 20 });
    const first = send(() => (++calls === 1 ? new Promise<string>(() => undefined) : Promise.resolve('a')));
    const second = send(async () => 'b');
    expect(await first).toBe('a');
    expect(await second).toBe('b');
    expect(calls).toBe(2);
  });

  it('stops at once when the extension went away under the page', async () => {
    const attempt = vi.fn(async () => {
      throw gone();
    });
    await expect(createReliableSender({ wait: noWait, isClosed: () => true })(attempt)).rejects.toThrow('Receiving end');
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
