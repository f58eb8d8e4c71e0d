import { setField } from '../../shared/plan/edit';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import type { AreaProps } from '../state/area-props';
import { formatTimestamp } from '../components/format-date';
import { CLASSIFICATION_OPTIONS, COVER_TEXT_FIELDS } from './cover-fields';

/** The cover details: what the plan is called, who wrote it and how it is marked. */
export function CoverForm({ doc, edit, endTyping }: AreaProps) {
  const cover = doc.plan.cover;
  return (
    <form className="form" aria-label="Cover details" onSubmit={(e) => e.preventDefault()}>
      <div className="form-grid">
        {COVER_TEXT_FIELDS.map(({ key, label, hint }) => (
          <div key={key} className={key === 'title' ? 'form-span' : undefined}>
            <TextField
              label={label}
              hint={hint}
              value={cover[key]}
              maxLength={300}
              onChange={(value) => edit(setField(['cover', key], value), `edit ${label.toLowerCase()}`, `cover.${key}`)}
              onBlur={endTyping}
            />
          </div>
        ))}
        <SelectField
          label="Classification marking"
          hint="Printed at the top and bottom of every page of the brief."
          value={cover.classification}
          options={CLASSIFICATION_OPTIONS}
          onChange={(value) => edit(setField(['cover', 'classification'], value), 'change classification marking')}
        />
      </div>
      <dl className="meta-list" aria-label="File dates">
        <div>
          <dt>Created</dt>
          <dd>{formatTimestamp(cover.createdAt)}</dd>
        </div>
        <div>
          <dt>Modified</dt>
          <dd>{formatTimestamp(cover.modifiedAt)}</dd>
        </div>
      </dl>
    </form>
  );
}
