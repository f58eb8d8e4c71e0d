import { HEURISTIC_NOTE } from '../../shared/mandate/crime-picture';
import type { CrimePicture } from '../../shared/mandate/crime-picture';
import { tileDetail } from './crime-tiles';

const LEVEL_WORDS = { unknown: 'Not enough ratings', minimal: 'Minimal', low: 'Low', moderate: 'Moderate', high: 'High' } as const;

/** Which atrocity crimes the pattern of factors points to: one tile per crime type and a sentence. */
export function CrimeSummary({ picture, rated }: { picture: CrimePicture; rated: number }) {
  return (
    <section className="wz-crime" aria-labelledby="wz-crime-title">
      <div className="wz-crime-head">
        <h4 className="wz-section-title" id="wz-crime-title">
          What the pattern points to <span className="wz-tag wz-tag-quiet">app heuristic</span>
        </h4>
        <span className="wz-muted-small">{rated} of 14 factors rated</span>
      </div>
      <ul className="wz-crime-tiles">
        {picture.crimes.map((c) => (
          <li key={c.crime} className="wz-crime-tile" data-level={c.heldBack ? 'unknown' : c.level}>
            <span className="wz-crime-name">{c.label}</span>
            <span className="wz-crime-level">{c.heldBack ? 'Not pointed to' : LEVEL_WORDS[c.level]}</span>
            <span className="wz-crime-drivers">{tileDetail(c)}</span>
          </li>
        ))}
      </ul>
      <p className="wz-crime-summary">{picture.summary}</p>
      <p className="field-hint">{HEURISTIC_NOTE} A reading aid, not a finding.</p>
    </section>
  );
}
