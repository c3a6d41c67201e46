import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WORKSPACE, withCheckoutLock } from '@botbridge/testing/consumer';
import { describe, expect, it } from 'vitest';

// The lock the test processes that build and pack take turns through.

const LOCKS = join(WORKSPACE, 'node_modules', '.cache', 'botbridge-locks');
const unique = (label: string) =>
  `test-${label}-${process.pid}-${Math.random().toString(36).slice(2)}`;

describe('withCheckoutLock', () => {
  it('lets one holder in at a time', async () => {
    const name = unique('turns');
    const events: string[] = [];
    const holder = (label: string) =>
      withCheckoutLock(name, async () => {
        events.push(`${label} in`);
        // Several turns of the event loop, in which the other caller polls for the lock.
        for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
        events.push(`${label} out`);
        return label;
      });
    expect(await Promise.all([holder('a'), holder('b'), holder('c')])).toEqual(['a', 'b', 'c']);
    // Every "in" is followed by its own "out" before anyone else gets in.
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i + 1]).toBe((events[i] as string).replace(' in', ' out'));
    }
    expect(events).toHaveLength(6);
  });

  it('is released when the job fails', async () => {
    const name = unique('failure');
    await expect(
      withCheckoutLock(name, async () => {
        throw new Error('build failed');
      }),
    ).rejects.toThrow('build failed');
    expect(await withCheckoutLock(name, async () => 'next', 1_000)).toBe('next');
  });

  it('takes over a lock whose owner died, and waits for one whose owner lives', async () => {
    const dead = unique('dead');
    // A pid that was a process a moment ago and is not any more.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    await mkdir(join(LOCKS, `${dead}.lock`), { recursive: true });
    await writeFile(join(LOCKS, `${dead}.lock`, 'pid'), String(gone));
    expect(await withCheckoutLock(dead, async () => 'taken over', 1_000)).toBe('taken over');

    const alive = unique('alive');
    await mkdir(join(LOCKS, `${alive}.lock`), { recursive: true });
    await writeFile(join(LOCKS, `${alive}.lock`, 'pid'), String(process.pid));
    try {
      await expect(withCheckoutLock(alive, async () => 'never', 300)).rejects.toThrow(
        /was not free within 300 ms/,
      );
    } finally {
      await rm(join(LOCKS, `${alive}.lock`), { recursive: true, force: true });
    }
  });
});
