import { useState } from 'react';
import type { Band } from '../../shared/plan/schema';
import { DEFAULT_BANDS, validateBands } from '../../shared/risks/scoring';
import { ModalDialog } from '../components/modal-dialog';
import { BAND_LABELS } from './risk-labels';
import { bandDraft, parseBandDraft } from './bands-form';

export interface BandsDialogProps {
  bands: readonly Band[];
  onSave: (bands: Band[]) => void;
  onClose: () => void;
}

/** Edits the plan's four score bands; Save stays off until the bands cover 1–25 without gaps or overlaps. */
export function BandsDialog({ bands, onSave, onClose }: BandsDialogProps) {
  const [draft, setDraft] = useState(() => bandDraft(bands));
  const parsed = parseBandDraft(draft);
  const problems = validateBands(parsed);
  const set = (i: number, key: 'min' | 'max', value: string) => setDraft(draft.map((b, j) => (j === i ? { ...b, [key]: value } : b)));

  return (
    <ModalDialog
      title="Score bands"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button button-quiet" onClick={() => setDraft(bandDraft(DEFAULT_BANDS))}>
            Use the defaults
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={problems.length > 0} onClick={() => onSave(parsed)}>
            Save bands
          </button>
        </>
      }
    >
      <p>Scores run from 1 to 25 (likelihood × impact). Each band takes the scores from its lowest to its highest, and together they must cover every score once.</p>
      <table className="bands-table">
        <thead>
          <tr>
            <th scope="col">Band</th>
            <th scope="col">Lowest score</th>
            <th scope="col">Highest score</th>
          </tr>
        </thead>
        <tbody>
          {draft.map((b, i) => (
            <tr key={b.name}>
              <th scope="row">
                <span className={`band-swatch band-${b.name}`} aria-hidden="true" />
                {BAND_LABELS[b.name]}
              </th>
              {(['min', 'max'] as const).map((key) => (
                <td key={key}>
                  <input
                    className="field-input bands-input"
                    inputMode="numeric"
                    aria-label={`${key === 'min' ? 'Lowest' : 'Highest'} score of the ${b.name} band`}
                    value={b[key]}
                    onChange={(e) => set(i, key, e.target.value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 ? (
        <ul className="inline-error-list" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p className="bands-ok">The bands cover every score from 1 to 25.</p>
      )}
    </ModalDialog>
  );
}
