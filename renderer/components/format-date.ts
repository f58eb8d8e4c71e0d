/** Building an Intl formatter costs far more than using one; the cover re-renders on every keystroke. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A timestamp in the planner's locale, e.g. "20 November 2026 at 16:30"; unreadable input is shown as is. */
export function formatTimestamp(iso: string, style: 'long' | 'medium' = 'long'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(style);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { dateStyle: style, timeStyle: 'short' });
    formatters.set(style, formatter);
  }
  return formatter.format(date);
}
