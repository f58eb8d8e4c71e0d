/** Where a clause or a piece of advice comes from, so reviewers can check it against the source. */
export const BASIS_SOURCES = ['seed', 'un-framework', 'un-poc', 'maro', 'precedent', 'council-practice', 'planning-practice', 'thematic', 'un-policy'] as const;
export type BasisSource = (typeof BASIS_SOURCES)[number];

export interface Basis {
  source: BasisSource;
  /** Section, paragraph or precedent within the source, in a few words. */
  ref: string;
}

const SOURCE_NAMES: Record<BasisSource, string> = {
  seed: 'USIP Peace Brief "Political Missions and Preventive Deployments" (2012)',
  'un-framework': 'UN Framework of Analysis for Atrocity Crimes (2014)',
  'un-poc': 'UN protection-of-civilians concept (three tiers, four phases)',
  maro: 'MARO Mass Atrocity Response Operations handbook (2010)',
  precedent: 'Security Council precedent',
  'council-practice': 'Security Council drafting practice',
  'planning-practice': 'Mandate planning practice',
  thematic: 'Security Council thematic resolutions',
  'un-policy': 'United Nations policy',
};

/** The basis as one line a reader can look up, e.g. "UN Framework of Analysis … (2014): factor 8". */
export function formatBasis(basis: Basis): string {
  return `${SOURCE_NAMES[basis.source]}: ${basis.ref}`;
}
