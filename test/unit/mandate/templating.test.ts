import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../../../shared/content/clauses';
import { formatDate, renderClause, renderClauseText, templateParams } from '../../../shared/mandate/templating';

const spec = (name: string, type: ParamSpec['type'] = 'text'): ParamSpec => ({ name, label: name, type, example: '', required: true });

describe('clause templating', () => {
  it('fills every placeholder from the parameters', () => {
    const r = renderClauseText('{mission} to patrol {region} every day', { mission: 'UNPMV', region: 'Lévèque district' });
    expect(r).toEqual({ text: 'UNPMV to patrol Lévèque district every day', gaps: [], unknown: [], invalid: [], malformed: [] });
  });

  it('shows a missing or blank parameter as a visible gap and lists it once', () => {
    const r = renderClauseText('{region} and {region} under {mission}', { mission: '   ' });
    expect(r.text).toBe('[region?] and [region?] under [mission?]');
    expect(r.gaps).toEqual(['region', 'mission']);
  });

  it('reads {{ and }} as literal braces', () => {
    const r = renderClauseText('see annex {{A}} for {x}', { x: 'tripwires' });
    expect(r.text).toBe('see annex {A} for tripwires');
    expect(r.malformed).toEqual([]);
  });

  it('keeps stray braces visible and reports them', () => {
    const r = renderClauseText('a {Region} b } c {', {});
    expect(r.text).toBe('a {Region} b } c {');
    expect(r.malformed).toEqual(['{Region}', '}', '{']);
    expect(r.gaps).toEqual([]);
  });

  it('reports placeholders the spec does not declare, and still fills them if a value exists', () => {
    const r = renderClauseText('{region} by {date_x}', { region: 'the north', date_x: 'June' }, [spec('region')]);
    expect(r.text).toBe('the north by June');
    expect(r.unknown).toEqual(['date_x']);
  });

  it('never templates a value a second time', () => {
    const r = renderClauseText('{a}', { a: 'contains {b} and {{c}}', b: 'SECRET' });
    expect(r.text).toBe('contains {b} and {{c}}');
  });

  it('writes lists as prose, switching to semicolons when an item has a comma', () => {
    expect(renderClauseText('{l}', { l: 'Lévèque\n\nDravny\nCorvane ' }, [spec('l', 'list')]).text).toBe('Lévèque, Dravny and Corvane');
    expect(renderClauseText('{l}', { l: 'one' }, [spec('l', 'list')]).text).toBe('one');
    expect(renderClauseText('{l}', { l: 'camps, villages\nroads' }, [spec('l', 'list')]).text).toBe('camps, villages; and roads');
    expect(renderClauseText('{l}', { l: '\n \n' }, [spec('l', 'list')]).gaps).toEqual(['l']);
  });

  it('formats numbers and dates the Council way and flags values of the wrong type', () => {
    const specs = [spec('n', 'number'), spec('d', 'date')];
    expect(renderClauseText('{n} by {d}', { n: '12500', d: '2027-04-30' }, specs).text).toBe('12,500 by 30 April 2027');
    const bad = renderClauseText('{n} by {d}', { n: 'many', d: '2027-02-30' }, specs);
    expect(bad.text).toBe('many by 2027-02-30');
    expect(bad.invalid).toEqual([
      { name: 'n', reason: 'is not a number' },
      { name: 'd', reason: 'is not a date in the form YYYY-MM-DD' },
    ]);
  });

  it('recognises real calendar dates only', () => {
    expect(formatDate('2028-02-29')).toBe('29 February 2028');
    expect(formatDate('2027-02-29')).toBeNull();
    expect(formatDate('31/10/2027')).toBeNull();
  });

  it('lists the parameters a template uses, in order, ignoring escaped braces', () => {
    expect(templateParams('{b} {{not}} {a} {b}')).toEqual(['b', 'a']);
  });

  it('renders a plan clause with its opening and its template\'s parameter types', () => {
    const r = renderClause({ opening: 'Decides', templateId: 'cc-review', text: 'to review the mandate of {mission_name} no later than {review_date}', params: { mission_name: 'UNPMV', review_date: '2027-04-30' } });
    expect(r.text).toBe('Decides to review the mandate of UNPMV no later than 30 April 2027');
    expect(r.opening).toBe('Decides');
    expect(r.body).toBe('to review the mandate of UNPMV no later than 30 April 2027');
  });

  it('renders a clause the planner wrote without a spec, showing its gaps', () => {
    const r = renderClause({ opening: 'Urges', templateId: null, text: '{neighbour} to close its border', params: {} });
    expect(r.text).toBe('Urges [neighbour?] to close its border');
    expect(r.unknown).toEqual([]);
  });

  it('turns any escaped text back into itself with nothing reported (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = s.replace(/[{}]/g, (b) => b + b);
        const r = renderClauseText(escaped, {});
        return r.text === s && r.gaps.length === 0 && r.malformed.length === 0;
      }),
    );
  });

  it('fills any set of simple values with no gap left (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
    const value = fc.stringMatching(/^[A-Za-z0-9 ,.-]*[A-Za-z0-9]$/);
    fc.assert(
      fc.property(fc.dictionary(name, value, { minKeys: 1 }), (params) => {
        const template = Object.keys(params).map((k) => `<{${k}}>`).join(' ');
        const r = renderClauseText(template, params);
        return r.gaps.length === 0 && Object.values(params).every((v) => r.text.includes(`<${v.trim()}>`));
      }),
    );
  });
});
