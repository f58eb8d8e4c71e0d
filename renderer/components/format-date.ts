/** A timestamp in the planner's locale, e.g. "20 November 2026 at 16:30"; unreadable input is shown as is. */
export function formatTimestamp(iso: string, style: 'long' | 'medium' = 'long'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: style, timeStyle: 'short' }).format(date);
}
