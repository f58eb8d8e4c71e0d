import { useState } from 'react';
import type { CapabilityItem, Risk } from '../../shared/plan/schema';
import { CAPABILITY_STATUS_LABELS } from '../../shared/plan/labels';
import { Select } from '../components/select-field';

export interface RiskLinksProps {
  risk: Risk;
  capabilities: readonly CapabilityItem[];
  onLink: (capabilityId: string) => void;
  onUnlink: (capabilityId: string) => void;
  onShowCapabilities: () => void;
}

/** The capability items a risk depends on, with their checklist status; link and unlink them. */
export function RiskLinks({ risk, capabilities, onLink, onUnlink, onShowCapabilities }: RiskLinksProps) {
  const [choice, setChoice] = useState('');
  const byId = new Map(capabilities.map((c) => [c.id, c]));
  const linked = risk.linkedCapabilityIds.map((id) => byId.get(id)).filter((c): c is CapabilityItem => c !== undefined);
  const available = capabilities.filter((c) => !risk.linkedCapabilityIds.includes(c.id));
  return (
    <div className="links">
      {linked.length === 0 ? (
        <p className="muted">Not linked to any capability.</p>
      ) : (
        <ul className="link-list">
          {linked.map((c) => (
            <li key={c.id} className="link-item">
              <span className={`status-pill cap-status-${c.status}`}>{CAPABILITY_STATUS_LABELS[c.status]}</span>
              <span className="link-title">{c.title}</span>
              <button type="button" className="button button-quiet button-small" aria-label={`Unlink ${c.title}`} onClick={() => onUnlink(c.id)}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="link-add">
        <label htmlFor={`link-${risk.id}`} className="visually-hidden">
          Capability to link
        </label>
        <Select
          id={`link-${risk.id}`}
          value={choice}
          options={available.map((c) => ({ value: c.id, label: c.title }))}
          emptyLabel={available.length === 0 ? 'No other capability items' : 'Choose a capability item…'}
          onChange={setChoice}
          disabled={available.length === 0}
        />
        <button
          type="button"
          className="button"
          disabled={choice === ''}
          onClick={() => {
            onLink(choice);
            setChoice('');
          }}
        >
          Link
        </button>
        <button type="button" className="button button-quiet" onClick={onShowCapabilities}>
          Open checklists
        </button>
      </div>
    </div>
  );
}
