/**
 * The instrument that adopts the mandate and what follows from it: the body that speaks, the
 * titles of the officials the text addresses, and the layout (resolution, communiqué, Council
 * Decision, exchange of letters). Clauses are stored in Security Council wording; the other
 * instruments are rendered from it at assembly, so switching the instrument never loses a clause
 * or a value.
 */
import type { Instrument, Plan } from '../plan/schema';

export interface InstrumentProfile {
  instrument: Instrument;
  /** What the document is called, for headings and the export. */
  documentKind: string;
  /** The body as the plan's "Mandating body" field names it by default. */
  body: string;
  /** How the text refers to the body after the heading. */
  councilShort: string;
  /** The head of the organization the text requests things of. */
  head: string;
  /** The head's representative leading the mission. */
  representative: string;
  /** Who commands the force. */
  forceCommander: string;
  /** Preambular paragraphs: comma-ended participles (UN), numbered verbs (AU), recitals (EU), letter prose. */
  preamble: 'participles' | 'numbered-verbs' | 'recitals' | 'letter';
  /** How the text calls itself: "this resolution", "this decision". */
  selfName: string;
  /** "Chapter VII" as this instrument's text can invoke it, or null when it cannot (a letter). */
  enforcementBasis: string | null;
}

export const INSTRUMENT_PROFILES: Readonly<Record<Instrument, InstrumentProfile>> = {
  'un-sc-resolution': {
    instrument: 'un-sc-resolution',
    documentKind: 'Draft resolution',
    body: 'Security Council',
    councilShort: 'the Council',
    head: 'the Secretary-General',
    representative: 'the Special Representative of the Secretary-General',
    forceCommander: 'the Force Commander',
    preamble: 'participles',
    selfName: 'this resolution',
    enforcementBasis: 'Chapter VII of the Charter of the United Nations',
  },
  'au-psc-communique': {
    instrument: 'au-psc-communique',
    documentKind: 'Draft communiqué',
    body: 'Peace and Security Council of the African Union',
    councilShort: 'the Council',
    head: 'the Chairperson of the Commission',
    representative: 'the Special Representative of the Chairperson of the Commission',
    forceCommander: 'the Force Commander',
    preamble: 'numbered-verbs',
    selfName: 'this decision',
    // Article 7 of the Protocol gives the PSC its powers, among them authorizing peace support missions.
    // Intervention under Article 4(h) of the Constitutive Act is the Assembly's decision, which the PSC
    // can only recommend (Article 7(1)(e)), so a communiqué does not invoke 4(h) itself.
    enforcementBasis: 'Article 7 of the Protocol Relating to the Establishment of the Peace and Security Council of the African Union',
  },
  'eu-council-decision': {
    instrument: 'eu-council-decision',
    documentKind: 'Draft Council Decision',
    body: 'Council of the European Union',
    councilShort: 'the Council',
    head: 'the High Representative of the Union for Foreign Affairs and Security Policy',
    representative: 'the European Union Special Representative',
    forceCommander: 'the EU Operation Commander',
    preamble: 'recitals',
    selfName: 'this Decision',
    enforcementBasis: 'Chapter VII of the Charter of the United Nations',
  },
  'un-exchange-of-letters': {
    instrument: 'un-exchange-of-letters',
    documentKind: 'Draft exchange of letters',
    body: 'Secretary-General, by exchange of letters with the President of the Security Council',
    councilShort: 'the Council',
    head: 'the Secretary-General',
    representative: 'the Special Representative of the Secretary-General',
    forceCommander: 'the Force Commander',
    preamble: 'letter',
    selfName: 'this mandate',
    enforcementBasis: null,
  },
};

export const INSTRUMENT_LABELS: Readonly<Record<Instrument, string>> = {
  'un-sc-resolution': 'UN Security Council resolution',
  'au-psc-communique': 'African Union Peace and Security Council communiqué',
  'eu-council-decision': 'Council Decision of the European Union (CFSP)',
  'un-exchange-of-letters': 'Exchange of letters (UN special political mission)',
};

/** The instrument the plan names, or the one its free-text mandating body implies (older plans). */
export function planInstrument(plan: Pick<Plan, 'mandate'>): Instrument {
  if (plan.mandate.instrument) return plan.mandate.instrument;
  const a = plan.mandate.authority.toLowerCase();
  if (/african union|\bau\b|peace and security council/.test(a)) return 'au-psc-communique';
  if (/european union|\beu\b|council of the eu/.test(a)) return 'eu-council-decision';
  if (/exchange of letters/.test(a)) return 'un-exchange-of-letters';
  return 'un-sc-resolution';
}

export function instrumentProfile(plan: Pick<Plan, 'mandate'>): InstrumentProfile {
  return INSTRUMENT_PROFILES[planInstrument(plan)];
}

/**
 * UN titles in the library's wording and what each instrument says instead, longest first so
 * "the Special Representative of the Secretary-General" is replaced before "the Secretary-General".
 */
const TITLE_PATTERNS: readonly [RegExp, keyof InstrumentProfile][] = [
  [/\bthe Special Representative of the Secretary-General\b/g, 'representative'],
  [/\bthe Secretary-General\b/g, 'head'],
  [/\bthe Force Commander\b/g, 'forceCommander'],
  [/\bthe Security Council\b/g, 'councilShort'],
];

/** A paragraph's wording with the officials and bodies of the chosen instrument. */
export function withInstrumentTitles(text: string, profile: InstrumentProfile): string {
  if (profile.instrument === 'un-sc-resolution') return text;
  if (profile.instrument === 'un-exchange-of-letters') return councilResolutions(text.replace(/\bthis resolution\b/g, profile.selfName));
  let out = councilResolutions(text.replace(/\bthis resolution\b/g, profile.selfName));
  for (const [pattern, key] of TITLE_PATTERNS) out = out.replace(pattern, String(profile[key]));
  // AU texts speak of the Special Representative of the Chairperson; the EU's mission is led by its EUSR.
  out = out.replace(/\bthe Special Representative\b(?! of)/g, profile.representative);
  out = out.replace(/\bMember States\b/g, profile.instrument === 'au-psc-communique' ? 'AU Member States' : 'Member States');
  return withInstrumentSpelling(out, profile);
}

/** EU legal acts spell "authorised", "organisation", "emphasises" (the Union's English style guide); UN texts use -ize. */
export function withInstrumentSpelling(text: string, profile: Pick<InstrumentProfile, 'instrument'>): string {
  if (profile.instrument !== 'eu-council-decision') return text;
  return text.replace(/\b(authori|organi|emphasi|recogni|stabili|prioriti|mobili|reali|utili|minimi|characteri|summari|civili)z(e|es|ed|ing|ation|ations)\b/gi, '$1s$2');
}

/**
 * The library's "its resolutions" and "resolution 1612 (2005)" are the Security Council's own words;
 * any other body recalls them as the Security Council's. A bare number after the paragraph has
 * named the Council's resolutions once stays bare.
 */
function councilResolutions(text: string): string {
  const out = text.replace(/\bits previous resolutions\b/g, 'the previous resolutions of the United Nations Security Council').replace(/\bits (resolutions?)\b/g, 'United Nations Security Council $1');
  return out.replace(/\b(resolutions?) (?=\d{3,4} \(\d{4}\))/g, (match: string, word: string, offset: number) => (out.slice(0, offset).includes('Security Council') ? match : `Security Council ${word} `));
}

/** Participles the library and Council practice open with, and the verb a numbered text uses instead. */
const FINITE: Readonly<Record<string, string>> = {
  acting: 'acts', affirming: 'affirms', bearing: 'bears', commending: 'commends', condemning: 'condemns', deploring: 'deplores',
  determining: 'determines', emphasizing: 'emphasizes', expressing: 'expresses', having: 'has', noting: 'notes', reaffirming: 'reaffirms',
  recalling: 'recalls', recognizing: 'recognizes', reiterating: 'reiterates', stressing: 'stresses', taking: 'takes', underlining: 'underlines',
  underscoring: 'underscores', welcoming: 'welcomes', mindful: 'is mindful', convinced: 'is convinced', concerned: 'is concerned', alarmed: 'is alarmed',
};

/** "Recalling" → "Recalls", "Strongly condemning" → "Strongly condemns", for numbered texts. */
export function participleToFinite(opening: string): string {
  const words = opening.split(' ');
  const at = words[0]?.toLowerCase().endsWith('ly') && words.length > 1 ? 1 : 0;
  const word = words[at] ?? '';
  const lower = word.toLowerCase();
  const finite = FINITE[lower] ?? (lower.endsWith('ing') ? `${lower.slice(0, -3)}s` : lower);
  words[at] = at === 0 && /^[A-Z]/.test(word) ? finite[0]!.toUpperCase() + finite.slice(1) : finite;
  return words.join(' ');
}

/** "Decides" → "decide", "Calls upon" → "call upon", for "I propose that the Council …". */
export function finiteToBase(opening: string): string {
  const [first = '', ...rest] = opening.split(' ');
  let verb = first.toLowerCase();
  if (verb === 'has') verb = 'have';
  else if (/(ss|sh|ch|x|zz)es$/.test(verb)) verb = verb.slice(0, -2);
  else if (verb.endsWith('s')) verb = verb.slice(0, -1);
  return [verb, ...rest].join(' ');
}
