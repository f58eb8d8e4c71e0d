import type { AreaDefinition } from './areas';

/** Says plainly what an area will hold until its component is registered. */
export function AreaPlaceholder({ area }: { area: AreaDefinition }) {
  return (
    <div className="placeholder">
      <p className="placeholder-lead">This part of Mandate Planner is not built yet. It will hold:</p>
      <ul className="placeholder-list">
        {(area.coming ?? []).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="placeholder-note">Everything you enter elsewhere is kept in the plan file and will show up here.</p>
    </div>
  );
}
