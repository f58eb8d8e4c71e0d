/**
 * Indicator ids shipped before the catalogue followed the Framework's own lists (plan format 1).
 * They were ours, not the Framework's: presences where factor 6 lists absences, crimes where factor
 * 13 lists precursors, or items the Framework does not have for that factor. Opening an older plan
 * turns a tick on one of these into a line of the factor's notes (or, where the same indicator
 * lives on under a Framework number, into a tick on it), so nothing the planner recorded is lost
 * and nothing is silently re-filed under another factor.
 */
export interface RetiredIndicator {
  factor: number;
  /** The wording the planner saw when ticking it. */
  text: string;
  /** The Framework indicator of the same factor that now carries the same meaning, if any. */
  mergedInto?: string;
}

export const RETIRED_INDICATORS: Readonly<Record<string, RetiredIndicator>> = {
  'rf3-no-territorial-control': { factor: 3, text: 'The state does not control parts of its territory.' },
  'rf3-basic-needs': { factor: 3, text: 'The state lacks the resources to meet basic needs of the population.' },
  'rf5-financing': { factor: 5, text: 'They can raise money, for instance from resources, trafficking or patrons.', mergedInto: 'rf5-personnel-arms' },
  'rf6-civil-society': { factor: 6, text: 'A strong, organised civil society and independent, diverse media.' },
  'rf6-independent-institutions': { factor: 6, text: 'An independent judiciary and national human rights institution that act.' },
  'rf6-international-presence': { factor: 6, text: 'An international or regional presence that monitors and engages.' },
  'rf6-external-engagement': { factor: 6, text: 'States and regional bodies engaged and willing to act.' },
  'rf6-cross-cutting-ties': { factor: 6, text: 'Ties across communities and leaders who reject violence.' },
  'rf6-security-sector-restraint': { factor: 6, text: 'Security forces that are professional and respect orders to protect civilians.' },
  'rf9-exclusion': { factor: 9, text: 'A group is excluded from power, public service or economic life.', mergedInto: 'rf9-discrimination' },
  'rf9-past-intergroup-violence': { factor: 9, text: 'Past episodes of violence between groups left tensions unresolved.', mergedInto: 'rf9-resource-disputes' },
  'rf9-negative-portrayal': { factor: 9, text: 'A group is portrayed as inferior, dangerous or disloyal.' },
  'rf10-conditions-of-life': { factor: 10, text: 'Conditions imposed that threaten a group\'s survival, such as siege or denial of food and medicine.' },
  'rf11-displacement': { factor: 11, text: 'Mass forced displacement or deportation.' },
  'rf11-sexual-violence': { factor: 11, text: 'Widespread sexual or gender-based violence.' },
  'rf11-disappearances': { factor: 11, text: 'Arbitrary detention, torture or enforced disappearances on a large scale.' },
  'rf12-official-propaganda': { factor: 12, text: 'Official propaganda that justifies violence against civilians.' },
  'rf13-attacks-on-civilians': { factor: 13, text: 'Attacks directed at civilians or civilian objects.' },
  'rf13-indiscriminate-means': { factor: 13, text: 'Indiscriminate or disproportionate use of force in populated areas.' },
  'rf13-detainee-abuse': { factor: 13, text: 'Ill-treatment or killing of detainees and prisoners.' },
  'rf13-child-recruitment': { factor: 13, text: 'Recruitment and use of children by armed forces or groups.' },
  'rf13-protected-objects': { factor: 13, text: 'Attacks on hospitals, schools or places of worship.' },
};
