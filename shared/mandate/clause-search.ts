/**
 * Clause search as a planner types it: plural or singular, British or American spelling, and the
 * library's words or the field's own (see content/search-synonyms.ts). Every word of the query must
 * be found; a word is found when it, or a synonym of it, starts a word of the clause — so a search
 * still narrows while the planner is typing ("medi" finds "mediate").
 */
import { SEARCH_SYNONYMS } from '../content/search-synonyms';

/** A word reduced to what its forms share: "camps" and "camp", "mediating" and "mediate" meet. */
export function stemWord(word: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  w = w.replace(/isation$/, 'ization').replace(/ise(s|d)?$/, 'ize$1');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Text as the search reads it: stemmed words, each preceded by a space, so " camp" starts a word. */
export function searchText(text: string): string {
  return words(text).map((w) => ` ${stemWord(w)}`).join('');
}

const stemPhrase = (phrase: string): string => searchText(phrase);

/** Each synonym group stemmed once, with the longest terms first so a phrase wins over its words. */
const GROUPS: readonly string[][] = SEARCH_SYNONYMS.map((g) => g.map(stemPhrase).sort((a, b) => b.length - a.length));

/** One thing the planner asked for: its stemmed form and whatever else counts as the same. */
export interface SearchTerm {
  typed: string;
  alternatives: string[];
}

/**
 * The query as terms: a synonym phrase typed in full ("good offices") is one term; every other
 * word is a term of its own, widened by any group it belongs to.
 */
export function searchTerms(query: string): SearchTerm[] {
  let rest = searchText(query);
  const terms: SearchTerm[] = [];
  for (const group of GROUPS) {
    for (const phrase of group) {
      if (!phrase.includes(' ', 1)) continue;
      const at = `${rest} `.indexOf(`${phrase} `);
      if (at < 0) continue;
      terms.push({ typed: phrase.trim(), alternatives: group });
      rest = `${rest.slice(0, at)}${rest.slice(at + phrase.length)}`;
    }
  }
  for (const word of words(rest)) {
    const stem = ` ${word}`;
    const group = GROUPS.find((g) => g.includes(stem));
    terms.push({ typed: word, alternatives: group ?? [stem] });
  }
  return terms;
}

/** True when every term of the query is found in the text (already passed through searchText). */
export function matchesSearch(haystack: string, terms: readonly SearchTerm[]): boolean {
  return terms.every((t) => t.alternatives.some((alt) => haystack.includes(alt)));
}
