/** The app's one set of line icons (24-unit grid, stroke follows currentColor); decorative only. */
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
  check: 'M5 12.5l4.5 4.5L19 7.5',
  blocking: 'M8.2 3h7.6L21 8.2v7.6L15.8 21H8.2L3 15.8V8.2z M12 7.5v5.5 M12 16.3v.4',
  warning: 'M12 3.8l9 15.7H3z M12 9.5v4.5 M12 16.9v.4',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 10.8v6 M12 7.4v.4',
  chevron: 'M9 6l6 6-6 6',
  up: 'M12 19V5 M6 11l6-6 6 6',
  down: 'M12 5v14 M6 13l6 6 6-6',
  grip: 'M9 6h.01 M15 6h.01 M9 12h.01 M15 12h.01 M9 18h.01 M15 18h.01',
  trash: 'M4 7h16 M9 7V4h6v3 M6 7l1 13h10l1-13 M10 11v5 M14 11v5',
  copy: 'M8 8h11v12H8z M5 16V4h11',
  arrow: 'M5 12h14 M13 6l6 6-6 6',
  back: 'M19 12H5 M11 6l-6 6 6 6',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z M15.5 15.5L20 20',
  register: 'M5 4h14v16H5z M8 8h8 M8 12h8 M8 16h5',
  seal: 'M12 3l2.5 2.2 3.3-.4.7 3.2 2.9 1.7-1.5 3 1.5 3-2.9 1.7-.7 3.2-3.3-.4L12 23l-2.5-2.2-3.3.4-.7-3.2-2.9-1.7 1.5-3-1.5-3 2.9-1.7.7-3.2 3.3.4z M8.5 12.5l2.5 2.5 4.5-5',
  pen: 'M4 20h4L19 9l-4-4L4 16z M13.5 6.5l4 4',
  merge: 'M7 4v16 M7 7a9 9 0 0 0 9 9h3 M16 13l3 3-3 3',
} as const;

export type IconName = keyof typeof PATHS;

/** An icon hidden from assistive technology; the button or text around it carries the name. */
export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  // The grip's dots need round caps thick enough to show.
  const width = name === 'grip' ? 3 : 1.75;
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth={width} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
