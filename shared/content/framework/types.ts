/** The shapes of the Framework catalogue: crimes, factors and their numbered indicators. */
import type { Basis } from '../basis';

export const CRIME_TYPES = ['genocide', 'crimes-against-humanity', 'war-crimes'] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];

export const CRIME_LABELS: Record<CrimeType, string> = {
  genocide: 'Genocide',
  'crimes-against-humanity': 'Crimes against humanity',
  'war-crimes': 'War crimes',
};

/** Factors 1–8 bear on every atrocity crime; 9–14 each point to one crime type. */
export type FactorScope = 'common' | CrimeType;

export interface RiskIndicator {
  /** Stable id such as `rf8-elections`, stored in plans; never changes once shipped. */
  id: string;
  /** The Framework's own number, such as "8.8", which analysts and OSAPG reports cite. */
  number: string;
  /** Our paraphrase of the Framework's indicator, keeping the qualifiers that make it an atrocity signal. */
  text: string;
  /** For triggering and enabling indicators: an observable event that could serve as a tripwire. */
  tripwireHint?: string;
  /** Set when no source we could read confirmed the wording or the number (best knowledge of the 2014 text). */
  unconfirmed?: string;
}

export interface RiskFactorDefinition {
  number: number;
  /** Stable id such as `rf8`. */
  id: string;
  name: string;
  shortName: string;
  /** The Framework's one-sentence definition of the factor, in our words where it is long. */
  definition: string;
  scope: FactorScope;
  /** Crime types the factor points to: all three for common factors. */
  crimes: readonly CrimeType[];
  /** What the planner rates when choosing a level; for every factor, a higher level means more risk. */
  levelQuestion: string;
  /** Where the factor's definition and indicator wording were checked. */
  basis: Basis;
  indicators: readonly RiskIndicator[];
}

const ALL_CRIMES = ['genocide', 'crimes-against-humanity', 'war-crimes'] as const;

/** [number, id slug, text, tripwire hint?, unconfirmed note?] */
export type IndicatorRow = readonly [string, string, string, string?, string?];

interface FactorSpec {
  name: string;
  shortName: string;
  definition: string;
  scope: FactorScope;
  levelQuestion: string;
  basis: string;
  /**
   * Set when no source we could read quotes this factor's indicator list: every indicator then
   * carries the list's note unless its row has a more precise one, so `catalogue factors --json`
   * tells a reviewer line by line which wording a source confirmed.
   */
  listUnconfirmed?: string;
  indicators: readonly IndicatorRow[];
}

/** Builds one factor from compact rows, so the catalogue files read like the Framework's own lists. */
export function factor(number: number, spec: FactorSpec): RiskFactorDefinition {
  return {
    number,
    id: `rf${number}`,
    name: spec.name,
    shortName: spec.shortName,
    definition: spec.definition,
    scope: spec.scope,
    crimes: spec.scope === 'common' ? ALL_CRIMES : [spec.scope],
    levelQuestion: spec.levelQuestion,
    basis: { source: 'un-framework', ref: `risk factor ${number}; ${spec.basis}` },
    indicators: spec.indicators.map(([n, slug, text, tripwireHint, rowNote]) => {
      const unconfirmed = rowNote ?? spec.listUnconfirmed;
      return {
        id: `rf${number}-${slug}`,
        number: n,
        text,
        ...(tripwireHint ? { tripwireHint } : {}),
        ...(unconfirmed ? { unconfirmed } : {}),
      };
    }),
  };
}

/** Sources that quote the Framework's text, cited in the factors' basis; docs/framework-sources.md lists what each confirms and what is missing. */
export const SOURCES = {
  definitions: 'https://thewestpapuagenocidemonitor.org/id/services-2',
  rf7: 'https://thewestpapuagenocidemonitor.org/post/risk-factor-7',
  rf8: 'https://thewestpapuagenocidemonitor.org/post/risk-factor-8',
  rf9: 'https://thewestpapuagenocidemonitor.org/post/risk-factor-9',
  rf13: 'https://thewestpapuagenocidemonitor.org/post/risk-factor-13',
} as const;

/** Said of every indicator list no readable source quoted: the wording is our best knowledge of the 2014 text. */
export const FROM_MEMORY = 'indicator wording from the published Framework (2014) as best known; no source quoting this list could be read';
