// Where a credential could surface besides the error object: everything the library printed.

import { format, inspect } from 'node:util';
import { vi } from 'vitest';

export const CONSOLE_METHODS = ['log', 'info', 'debug', 'warn', 'error'] as const;

/** Records everything written to the console and to stdout/stderr while `run` runs. */
export async function capturingOutput<T>(
  run: () => Promise<T>,
): Promise<{ value: T; output: Record<string, string> }> {
  const output: Record<string, string> = {};
  const append = (channel: string, text: string) => {
    output[channel] = (output[channel] ?? '') + text;
  };
  const spies = [
    ...CONSOLE_METHODS.map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        append(`console.${method}`, `${format(...args)}\n`);
      }),
    ),
    ...(['stdout', 'stderr'] as const).map((stream) => {
      const original = process[stream].write.bind(process[stream]);
      return vi.spyOn(process[stream], 'write').mockImplementation(((
        chunk: string | Uint8Array,
        ...rest: unknown[]
      ) => {
        append(
          `process.${stream}`,
          typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(),
        );
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof process.stdout.write);
    }),
  ];
  try {
    return { value: await run(), output };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** Every way an application might render an error for a log. */
export function renderings(error: unknown): Array<[view: string, text: string]> {
  if (error === undefined) return [];
  const e = error as Error;
  return [
    ['err.message', String(e.message)],
    ['String(err)', String(error)],
    ['JSON.stringify(err)', JSON.stringify(error) ?? ''],
    ['inspect(err)', inspect(error, { depth: null })],
    ['inspect(err, showHidden)', inspect(error, { depth: null, showHidden: true })],
    ['err.stack', String(e.stack)],
  ];
}

/** The channels searched besides the error itself (each counts as a view even when empty). */
export const OUTPUT_VIEWS = [
  'logger',
  ...CONSOLE_METHODS.map((method) => `console.${method}`),
  'process.stdout',
  'process.stderr',
];
