/** The dataset's clock units, and how Twin writes an instant. */

export const SECOND = 1000;
export const DAY = 86_400_000;
export const wholeSecond = (ms: number) => Math.floor(ms / SECOND) * SECOND;

/** An instant written in a fixed offset, seconds precision: `2026-03-12T10:15:04+03:00`. */
export function stamp(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
}
