/** The instrument a plan is adopted by, and the bodies, titles and verb forms that follow from it. */
import { describe, expect, it } from 'vitest';
import { assembleMandate } from '../../../shared/mandate/assemble';
import { evaluateGuidance } from '../../../shared/mandate/guidance';
import {
  INSTRUMENT_PROFILES,
  finiteToBase,
  instrumentProfile,
  participleToFinite,
  planInstrument,
  withInstrumentTitles,
} from '../../../shared/mandate/authority';
import { INSTRUMENTS } from '../../../shared/plan/schema';
import type { Instrument } from '../../../shared/plan/schema';
import { sampleWith, withoutClauses } from './plans';

const mandateOf = (authority: string, instrument?: Instrument) => ({ mandate: { ...sampleWith().mandate, authority, instrument } });

/** One operative sentence with every UN title the library uses. */
const UN_TEXT =
  'the Secretary-General and the Special Representative of the Secretary-General to report to the Security Council on this resolution, the Force Commander to brief Member States, and the Special Representative to engage the parties';

describe('bodies and titles per instrument', () => {
  it('names the body, its head, the head\'s representative and the commander each instrument speaks of', () => {
    const expected: Record<Instrument, [string, string, string, string]> = {
      'un-sc-resolution': ['Security Council', 'the Secretary-General', 'the Special Representative of the Secretary-General', 'the Force Commander'],
      'au-psc-communique': ['Peace and Security Council of the African Union', 'the Chairperson of the Commission', 'the Special Representative of the Chairperson of the Commission', 'the Force Commander'],
      'eu-council-decision': ['Council of the European Union', 'the High Representative of the Union for Foreign Affairs and Security Policy', 'the European Union Special Representative', 'the EU Operation Commander'],
      'un-exchange-of-letters': ['Secretary-General, by exchange of letters with the President of the Security Council', 'the Secretary-General', 'the Special Representative of the Secretary-General', 'the Force Commander'],
    };
    for (const instrument of INSTRUMENTS) {
      const p = INSTRUMENT_PROFILES[instrument];
      expect(p.instrument).toBe(instrument);
      expect([p.body, p.head, p.representative, p.forceCommander]).toEqual(expected[instrument]);
    }
  });

  it('leaves a Security Council text in the library\'s wording', () => {
    expect(withInstrumentTitles(UN_TEXT, INSTRUMENT_PROFILES['un-sc-resolution'])).toBe(UN_TEXT);
  });

  it('gives an AU communiqué the Chairperson, the Chairperson\'s Special Representative, AU Member States and "this decision"', () => {
    expect(withInstrumentTitles(UN_TEXT, INSTRUMENT_PROFILES['au-psc-communique'])).toBe(
      'the Chairperson of the Commission and the Special Representative of the Chairperson of the Commission to report to the Council on this decision, the Force Commander to brief AU Member States, and the Special Representative of the Chairperson of the Commission to engage the parties',
    );
  });

  it('gives an EU Council Decision the High Representative, the EUSR, the Operation Commander and "this Decision"', () => {
    const out = withInstrumentTitles(UN_TEXT, INSTRUMENT_PROFILES['eu-council-decision']);
    expect(out).toBe(
      'the High Representative of the Union for Foreign Affairs and Security Policy and the European Union Special Representative to report to the Council on this Decision, the EU Operation Commander to brief Member States, and the European Union Special Representative to engage the parties',
    );
    // The longer title is replaced first, so no "Special Representative of the High Representative …".
    expect(out).not.toMatch(/Special Representative of the High Representative/);
  });

  it('keeps the UN titles in an exchange of letters, where the Secretary-General writes, and names the text "this mandate"', () => {
    expect(withInstrumentTitles(UN_TEXT, INSTRUMENT_PROFILES['un-exchange-of-letters'])).toBe(UN_TEXT.replace('this resolution', 'this mandate'));
  });

  it('speaks of Security Council resolutions, not "its resolutions", when another body recalls them', () => {
    const recalled = 'its resolutions on children and armed conflict, including resolutions 1612 (2005) and 1882 (2009)';
    const established = 'the mechanism established by resolution 1612 (2005)';
    for (const instrument of ['au-psc-communique', 'eu-council-decision'] as const) {
      const profile = INSTRUMENT_PROFILES[instrument];
      // Once the paragraph has said whose resolutions they are, the numbers follow bare.
      expect(withInstrumentTitles(recalled, profile)).toBe('United Nations Security Council resolutions on children and armed conflict, including resolutions 1612 (2005) and 1882 (2009)');
      expect(withInstrumentTitles(established, profile)).toBe('the mechanism established by Security Council resolution 1612 (2005)');
      expect(withInstrumentTitles('Security Council resolution 1325 (2000)', profile)).toBe('Security Council resolution 1325 (2000)');
      expect(withInstrumentTitles('its previous resolutions on the situation in Veloria, in particular resolutions 2100 (2013)', profile)).toBe(
        'the previous resolutions of the United Nations Security Council on the situation in Veloria, in particular resolutions 2100 (2013)',
      );
    }
    expect(withInstrumentTitles(established, INSTRUMENT_PROFILES['un-exchange-of-letters'])).toBe('the mechanism established by Security Council resolution 1612 (2005)');
    expect(withInstrumentTitles(recalled, INSTRUMENT_PROFILES['un-sc-resolution'])).toBe(recalled);
    expect(withInstrumentTitles(established, INSTRUMENT_PROFILES['un-sc-resolution'])).toBe(established);
  });

  it('does not invoke Article 4(h) of the Constitutive Act for the PSC, which can only recommend intervention to the Assembly', () => {
    expect(INSTRUMENT_PROFILES['au-psc-communique'].enforcementBasis).toMatch(/^Article 7 of the Protocol/);
    expect(INSTRUMENT_PROFILES['au-psc-communique'].enforcementBasis).not.toMatch(/4\(h\)/);
    expect(INSTRUMENT_PROFILES['un-exchange-of-letters'].enforcementBasis).toBeNull();
  });
});

describe('which instrument a plan is adopted by', () => {
  it('takes the instrument the plan names, whatever its mandating body says', () => {
    expect(planInstrument(mandateOf('Security Council', 'eu-council-decision'))).toBe('eu-council-decision');
    expect(instrumentProfile(mandateOf('Council of the European Union', 'au-psc-communique')).head).toBe('the Chairperson of the Commission');
  });

  it('reads an older plan\'s instrument from its free-text mandating body', () => {
    expect(planInstrument(mandateOf('the Peace and Security Council'))).toBe('au-psc-communique');
    expect(planInstrument(mandateOf('African Union'))).toBe('au-psc-communique');
    expect(planInstrument(mandateOf('Council of the EU'))).toBe('eu-council-decision');
    expect(planInstrument(mandateOf('Secretary-General, by exchange of letters'))).toBe('un-exchange-of-letters');
    expect(planInstrument(mandateOf('Security Council'))).toBe('un-sc-resolution');
    expect(planInstrument(mandateOf('the General Assembly'))).toBe('un-sc-resolution');
    // "au" as part of a word is not the African Union.
    expect(planInstrument(mandateOf('Beau Council of Australia'))).toBe('un-sc-resolution');
  });
});

describe('verb forms a numbered text or a letter needs', () => {
  it('turns a preambular participle into the verb a numbered paragraph opens with', () => {
    expect(participleToFinite('Recalling')).toBe('Recalls');
    expect(participleToFinite('Strongly condemning')).toBe('Strongly condemns');
    expect(participleToFinite('Expressing grave concern')).toBe('Expresses grave concern');
    expect(participleToFinite('Having considered')).toBe('Has considered');
    expect(participleToFinite('Mindful')).toBe('Is mindful');
    expect(participleToFinite('Determining')).toBe('Determines');
  });

  it('turns an operative verb into the form that follows "I"', () => {
    expect(finiteToBase('Decides')).toBe('decide');
    expect(finiteToBase('Stresses')).toBe('stress');
    expect(finiteToBase('Emphasizes')).toBe('emphasize');
    expect(finiteToBase('Recognizes')).toBe('recognize');
    expect(finiteToBase('Welcomes')).toBe('welcome');
    expect(finiteToBase('Reaches')).toBe('reach');
    expect(finiteToBase('Calls upon')).toBe('call upon');
    expect(finiteToBase('Has')).toBe('have');
  });
});

describe('the sample plan in each instrument', () => {
  const text = (instrument: Instrument) => {
    const m = assembleMandate(sampleWith((p) => void (p.mandate.instrument = instrument)));
    return [...m.front, { text: m.heading }, ...m.preface, ...m.preambular, ...m.bridge, ...m.operative.flatMap((o) => [o, ...(o.groups ?? []).flatMap((g) => g.items)]), ...m.closing].map((x) => x.text).join('\n');
  };

  it('addresses the AU\'s officials in a communiqué and none of the UN\'s', () => {
    const au = text('au-psc-communique');
    expect(au).toMatch(/Requests the Chairperson of the Commission to report to the Council/);
    expect(au).toMatch(/Special Representative of the Chairperson of the Commission/);
    expect(au).not.toMatch(/Secretary-General|Special Representative of the Secretary/);
  });

  it('addresses the High Representative in a Council Decision and none of the UN\'s officials', () => {
    const eu = text('eu-council-decision');
    expect(eu).toMatch(/High Representative of the Union for Foreign Affairs and Security Policy/);
    expect(eu).toMatch(/European Union Special Representative/);
    expect(eu).not.toMatch(/Secretary-General|Special Representative of the Secretary/);
  });

  it('writes a Council Decision\'s Articles as a legal act states them, not as what the Council "decides" or "requests"', () => {
    const m = assembleMandate(sampleWith((p) => void (p.mandate.instrument = 'eu-council-decision')));
    const articles = m.operative.map((o) => o.text);
    expect(m.operative.map((o) => o.label).slice(0, 2)).toEqual(['Article 1', 'Article 2']);
    expect(articles).toContain('The mandate of UNPMV shall include the following priority tasks:');
    expect(articles).toContainEqual(expect.stringMatching(/^The Union shall establish the United Nations Preventive Mission in Veloria \(UNPMV\) as a preventive deployment/));
    expect(articles).toContainEqual(expect.stringMatching(/^The Union shall expand the mandate of the UN Regional Office for the Karst Basin \(UNROKB\) .*, and strengthen its capacity/));
    expect(articles).toContainEqual(expect.stringMatching(/^Each tripwire .* triggers, and the tripwires shall be reviewed every 30 days\.$/));
    // A title with "and" in it is one addressee; the tasks after it lose their "to".
    expect(articles).toContainEqual(expect.stringMatching(/^The High Representative of the Union for Foreign Affairs and Security Policy shall report to the Council on the implementation of this Decision/));
    expect(articles).toContainEqual(expect.stringMatching(/^UNPMV shall deploy child protection advisers, monitor and report on grave violations .*, and engage the parties/));
    // Two addressees, or a second one later in the sentence, keep "The Council requests".
    expect(articles).toContainEqual(expect.stringMatching(/^The Council requests the European Union Special Representative and the EU Operation Commander of UNPMV to answer/));
    expect(articles).toContainEqual(expect.stringMatching(/^The Council requests the High Representative .* to put in place .*, and UNROKB to contribute to them\.$/));
    expect(articles).toContainEqual('The Council shall review the mandate of UNPMV no later than 30 April 2027.');
    expect(articles.at(-1)).toBe('This Decision shall enter into force on the date of its adoption.');
    // The Union's spelling, not the UN's.
    expect(articles).toContainEqual(expect.stringMatching(/^The Council emphasises that the protection of civilians/));
    expect(articles).toContainEqual(expect.stringMatching(/^The Council authorises ECOKB to maintain a contingency force/));
    expect(articles.join(' ')).not.toMatch(/authoriz|emphasiz|organiz/);
    // Every Article ends with a full stop, the last of its priority tasks too.
    for (const o of m.operative.filter((x) => x.groups)) expect(o.groups!.at(-1)!.items.at(-1)!.text).toMatch(/\.$/);
    expect(m.preambular.at(-2)?.text).toMatch(/^In its resolution \[…\] \(2026\), the United Nations Security Council determined that the situation in Veloria constitutes a threat/);
    expect(m.preface[0]?.text).toBe('Having regard to the Treaty on European Union, and in particular Article 28, Article 42(4) and Article 43(2) thereof,');
    expect(m.closing.map((c) => c.text)).toEqual(['Done at Brussels, […].', 'For the Council', 'The President', '[…]']);
  });

  it('frames an AU communiqué with the meeting the planner fills in and the State it is about', () => {
    const m = assembleMandate(sampleWith((p) => void (p.mandate.instrument = 'au-psc-communique')));
    expect(m.front.map((f) => f.text)).toEqual([
      'PSC/PR/COMM.[…]',
      'Communiqué of the […]th meeting of the Peace and Security Council of the African Union, held on […], on the situation in Veloria',
      'The Peace and Security Council of the African Union (AU), at its […]th meeting held on […], adopted the following decision on the situation in Veloria:',
    ]);
    expect(m.heading).toBe('Council,');
    expect(m.preambular).toEqual([]);
    expect(m.operative[0]?.text).toMatch(/^Reaffirms that the Government of Veloria/);
    expect(m.operative.map((o) => o.text)).toContainEqual(expect.stringMatching(/^Underlines that it acts under Article 7 of the Protocol Relating to the Establishment of the Peace and Security Council of the African Union;$/));
    expect(m.operative.at(-1)?.text).toBe('Decides to remain actively seized of the matter.');
  });

  it('warns that a regional body\'s force needs the Security Council, unless a Decision\'s recitals cite its resolution', () => {
    const fired = (recipe: Parameters<typeof sampleWith>[0]) => evaluateGuidance(sampleWith(recipe)).filter((a) => a.ruleId === 'regional-force-needs-council').map((a) => a.id);
    expect(INSTRUMENTS.filter((i) => fired((p) => void (p.mandate.instrument = i)).length > 0)).toEqual(['au-psc-communique']);
    expect(fired((p) => { p.mandate.instrument = 'eu-council-decision'; withoutClauses(p, 16, 17); })).toEqual(['regional-force-needs-council:cl-sample-06']);
    expect(fired((p) => { p.mandate.instrument = 'au-psc-communique'; p.mandate.consentBasis = true; })).toEqual([]);
  });

  it('has the Secretary-General write in the first person in an exchange of letters, to the President of the Security Council', () => {
    const letters = text('un-exchange-of-letters');
    expect(letters).toMatch(/^Letter dated \[…\] from the Secretary-General addressed to the President of the Security Council/);
    expect(letters).toMatch(/Letter dated \[…\] from the President of the Security Council addressed to the Secretary-General/);
    expect(letters).toMatch(/\nI intend to report to the Council on the implementation of this mandate/);
    expect(letters).toMatch(/\nI emphasize that the protection of civilians must be given priority/);
    expect(letters).toMatch(/my intention to establish the United Nations Preventive Mission in Veloria \(UNPMV\), with the following mandate/);
    expect(letters).toMatch(/\nI urge that all parties immediately cease all attacks/);
    expect(letters).not.toMatch(/Determin|Chapter VII|seized/);
    expect(letters.match(/\(Signed\) \[…\]/g)).toHaveLength(2);
  });
});
