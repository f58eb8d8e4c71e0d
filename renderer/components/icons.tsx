/** Line icons drawn for the app (24-unit grid, stroke follows currentColor); decorative only. */
const PATHS = {
  cover: 'M7 3h7l4 4v14H7z M14 3v4h4 M10 12h5 M10 16h5',
  wizard: 'M4 6h10 M4 12h16 M4 18h7 M17 4l2 2-2 2 M14 16l2 2 4-4',
  capabilities: 'M4 6l2 2 3-3 M12 6h8 M4 12l2 2 3-3 M12 12h8 M4 18l2 2 3-3 M12 18h8',
  risks: 'M12 4l9 16H3z M12 10v4 M12 17v.5',
  brief: 'M6 3h12v18H6z M9 8h6 M9 12h6 M9 16h3',
  plus: 'M12 5v14 M5 12h14',
  folder: 'M3 7h6l2 2h10v10H3z',
  sample: 'M5 4h10a4 4 0 0 1 4 4v12H9a4 4 0 0 1-4-4z M9 9h6 M9 13h6',
  undo: 'M9 7L4 12l5 5 M4 12h11a5 5 0 0 1 0 10h-3',
  redo: 'M15 7l5 5-5 5 M20 12H9a5 5 0 0 0 0 10h3',
  save: 'M5 4h11l3 3v13H5z M8 4v5h7V4 M8 20v-6h8v6',
  close: 'M6 6l12 12 M18 6L6 18',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z M9 12l2 2 4-4',
  restore: 'M4 12a8 8 0 1 0 3-6.2 M4 4v4h4',
  file: 'M7 3h7l4 4v14H7z M14 3v4h4',
} as const;

export type IconName = keyof typeof PATHS;

/** An icon hidden from assistive technology; the button or link around it carries the name. */
export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
