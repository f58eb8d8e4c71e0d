/** Calendar days (YYYY-MM-DD) as the planner's locale writes them, e.g. "1 Dec 2026". */
const formatter = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A day in the planner's locale; an empty or unreadable value is returned as it is. */
export function formatDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatter.format(date);
}

