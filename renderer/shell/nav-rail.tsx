import { Icon } from '../components/icons';
import type { AreaDefinition, AreaId } from '../state/area-props';

export interface NavRailProps {
  areas: readonly AreaDefinition[];
  active: AreaId;
  onSelect: (area: AreaId) => void;
  onClose: () => void;
}

/** The left rail: the plan's areas, and closing the plan. */
export function NavRail({ areas, active, onSelect, onClose }: NavRailProps) {
  return (
    <nav className="rail" aria-label="Plan areas">
      <div className="rail-brand">
        <span className="rail-logo">
          <Icon name="shield" size={22} />
        </span>
        <span className="rail-brand-name rail-label">Mandate Planner</span>
      </div>
      <ul className="rail-list">
        {areas.map((area) => (
          <li key={area.id}>
            <button
              type="button"
              className="rail-item"
              aria-current={area.id === active ? 'page' : undefined}
              onClick={() => onSelect(area.id)}
              title={area.label}
            >
              <Icon name={area.icon} />
              <span className="rail-label">{area.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="rail-foot">
        <button type="button" className="rail-item rail-item-quiet" onClick={onClose} title="Close plan">
          <Icon name="close" />
          <span className="rail-label">Close plan</span>
        </button>
      </div>
    </nav>
  );
}
