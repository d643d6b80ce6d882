/**
 * `datetime-local` values are wall-clock times in the user's time zone; X wants Unix seconds. Parsing by hand
 * (not `Date.parse`) because engines disagree on whether a string without an offset is local or UTC.
 */
const LOCAL = /^(\d{4,6})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** Unix seconds for a `datetime-local` value, or `undefined` when it is not one. */
export function localInputToSeconds(value: string): number | undefined {
  const match = LOCAL.exec(value.trim());
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? '0'));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(2000, 0, 1, 0, 0, 0, 0);
  // setFullYear, because the Date constructor maps years 0–99 to 1900–1999.
  date.setFullYear(year, month - 1, day);
  date.setHours(hour, minute, second, 0);
  if (date.getDate() !== day) return undefined; // 31 February rolled over
  const ms = date.getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The `datetime-local` value for Unix seconds, with seconds only when they are not zero. */
export function secondsToLocalInput(seconds: number): string {
  const date = new Date(seconds * 1000);
  if (!Number.isFinite(date.getTime())) return '';
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return `${day}T${time}${date.getSeconds() === 0 ? '' : `:${pad(date.getSeconds())}`}`;
}
