import { describe, expect, it } from 'vitest';
import { canEdit, changeWords, choicesFrom, valueWords } from '../../../renderer/shell/merge/merge-words';
import type { Decision, MergeConflict } from '../../../renderer/shell/merge/merge-words';

const conflict = (over: Partial<MergeConflict> = {}): MergeConflict => ({
  id: 'cover\u0000title',
  label: 'Cover › title',
  ours: 'Ours',
  theirs: 'Theirs',
  deleted: null,
  oursChange: { at: '2026-12-02T15:10:00.000Z', via: 'app' },
  theirsChange: { at: null, via: 'cli risks import' },
  ...over,
});

describe('the conflict view’s words', () => {
  it('says when and where a change was made, as far as the file knows, and never a person', () => {
    expect(changeWords(conflict().oursChange)).toMatch(/^Changed .*2026.*, in Mandate Planner\.$/);
    expect(changeWords(conflict().theirsChange)).toBe('Changed at a time the file does not record, on the command line (risks import).');
    expect(changeWords({ at: null, via: 'catch-up' })).toContain('edited by hand or by an older version');
    expect(changeWords(null)).toBe('The file does not say when this was changed.');
  });

  it('shows text as written, a deletion as such, and a whole entry by its reference and title', () => {
    expect(valueWords('A paragraph\nwith two lines', false)).toBe('A paragraph\nwith two lines');
    expect(valueWords('  ', false)).toBe('(empty)');
    expect(valueWords({ ref: 'R-004', title: 'Militia build-up', owner: 'x' }, true)).toBe('Deleted');
    expect(valueWords({ ref: 'R-004', title: 'Militia build-up', owner: 'x' }, false)).toBe('The whole entry: R-004 “Militia build-up”');
    expect(valueWords({ level: 2, notes: '' }, false)).toBe('The whole entry (2 fields)');
    expect(valueWords(4, false)).toBe('4');
    expect(valueWords(['a', 'b'], false)).toBe('2 entries');
  });

  it('lets only text be written by hand', () => {
    expect(canEdit(conflict())).toBe(true);
    expect(canEdit(conflict({ ours: 3, theirs: 4 }))).toBe(false);
    expect(canEdit(conflict({ theirs: null, deleted: 'theirs' }))).toBe(false);
  });

  it('sends every decision, and names the undecided ones instead of choosing for the planner', () => {
    const two = [conflict(), conflict({ id: 'risks\u0000owner' })];
    const some = new Map<string, Decision>([[two[0]!.id, { pick: 'edited', value: 'Agreed' }]]);
    expect(choicesFrom(two, some)).toEqual({ undecided: ['risks\u0000owner'] });
    some.set(two[1]!.id, { pick: 'theirs', value: '' });
    expect(choicesFrom(two, some)).toEqual({ choices: [{ id: 'cover\u0000title', pick: 'edited', value: 'Agreed' }, { id: 'risks\u0000owner', pick: 'theirs' }] });
  });
});
