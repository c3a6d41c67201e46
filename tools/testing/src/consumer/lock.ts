// A lock across the test processes of one checkout. vitest runs test files in several processes,
// and more than one of them builds the packages and packs them (the consumer tests, the release
// dry run): a build that rewrites core's dist while another process packs it gives that process a
// tarball npm rejects ("hashes do not match"). Building and packing take turns through this lock.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WORKSPACE } from './workspace.js';

const LOCKS = join(WORKSPACE, 'node_modules', '.cache', 'botbridge-locks');
const POLL_MS = 200;

/** Whether the process that took a lock is gone (it died without releasing it). */
async function ownerGone(lock: string): Promise<boolean> {
  const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
  // No pid yet: the owner is between creating the lock and writing it; count it as alive.
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs `job` while holding the lock `name`, shared by every process of this checkout: one holder
 * at a time, in no particular order. A lock whose owner died is taken over.
 * @throws Error when the lock is not free within `timeoutMs` (default 10 min).
 */
export async function withCheckoutLock<T>(
  name: string,
  job: () => Promise<T>,
  timeoutMs = 10 * 60_000,
): Promise<T> {
  const lock = join(LOCKS, `${name}.lock`);
  await mkdir(LOCKS, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      // mkdir is atomic: exactly one process creates the directory.
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await ownerGone(lock)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        const since = await stat(lock).then(
          (s) => s.mtime.toISOString(),
          () => 'unknown',
        );
        throw new Error(
          `the ${name} lock (${lock}, held since ${since}) was not free within ${timeoutMs} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    await writeFile(join(lock, 'pid'), String(process.pid));
    return await job();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
