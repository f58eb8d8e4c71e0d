import { describe, expect, it } from 'vitest';
import { matchesSearch, searchTerms, searchText, stemWord } from '../../../shared/mandate/clause-search';
import { filterClauseLibrary } from '../../../shared/mandate/filter';
import { SEARCH_SYNONYMS } from '../../../shared/content/search-synonyms';
import { sampleWith } from './plans';

const found = (query: string) => filterClauseLibrary(sampleWith(), { query }).map((m) => m.template.id);
const matches = (text: string, query: string) => matchesSearch(searchText(text), searchTerms(query));

describe('clause search reads a query as a planner types it', () => {
  it('meets plural and singular, -ing and -ed forms, British and American spelling', () => {
    expect(stemWord('camps')).toBe(stemWord('camp'));
    expect(stemWord('IDPs')).toBe(stemWord('idp'));
    expect(stemWord('mediating')).toBe(stemWord('mediate'));
    expect(stemWord('displaced')).toBe(stemWord('displace'));
    expect(stemWord('militias')).toBe(stemWord('militia'));
    expect(stemWord('demobilisation')).toBe(stemWord('demobilization'));
    expect(stemWord('process')).toBe('process');
    expect(stemWord('Lévèque')).toBe(stemWord('leveque'));
  });

  it('finds a word by its start while the planner is still typing, but not inside another word', () => {
    expect(matches('to mediate between the parties', 'medi')).toBe(true);
    expect(matches('the parties agreed', 'art')).toBe(false);
  });

  it('treats each synonym as the idea it names, in both directions', () => {
    expect(matches('protection of villages and camps', 'IDPs')).toBe(true);
    expect(matches('protection of villages and camps', 'displaced people')).toBe(false);
    expect(matches('return of displaced people', 'camps')).toBe(true);
    expect(matches('use its good offices', 'mediation')).toBe(true);
    expect(matches('to mediate between the parties', 'good offices')).toBe(true);
    expect(matches('capacity to reinforce it', 'backing')).toBe(true);
  });

  it('needs every word of the query, so a longer query narrows', () => {
    expect(matches('protection of villages and camps', 'camps villages')).toBe(true);
    expect(matches('protection of villages and camps', 'camps elections')).toBe(false);
  });

  it('finds the library clauses for the searches planners tried and found nothing for', () => {
    expect(found('IDP camps')).toContain('dep-protect-sites');
    expect(found('backing')).toContain('dep-commitments');
    expect(found('reinforcement')).toContain('dep-commitments');
    expect(found('mediation')).toContain('pol-mediation');
    expect(found('good offices')).toContain('pol-mediation');
    expect(found('no such words anywhere')).toEqual([]);
  });

  it('keeps every synonym group small and its terms distinct', () => {
    for (const group of SEARCH_SYNONYMS) {
      expect(group.length).toBeGreaterThan(1);
      expect(group.length).toBeLessThanOrEqual(8);
      expect(new Set(group.map((t) => searchText(t))).size).toBe(group.length);
    }
  });
});
