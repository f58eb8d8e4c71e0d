/** Short forms of the mandate's text for tables. */

/** The first words of a paragraph, for the task table. */
export function excerpt(text: string, words = 12): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
