/** Preview zoom: fixed steps in percent of the printed size (100 % = the page at 96 dpi). */
export const ZOOM_STEPS = [50, 67, 75, 90, 100, 125, 150, 200] as const;
export const DEFAULT_ZOOM = 75;

/** CSS pixels per PDF point at 100 %. */
const PX_PER_PT = 96 / 72;

/** The next step up or down from `zoom`, staying at the ends. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > zoom) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom) ?? ZOOM_STEPS[0];
}

/** A page's size on screen in CSS pixels. */
export function displaySize(page: { widthPt: number; heightPt: number }, zoom: number): { width: number; height: number } {
  const scale = (zoom / 100) * PX_PER_PT;
  return { width: Math.round(page.widthPt * scale), height: Math.round(page.heightPt * scale) };
}

/** Bitmap scale for pdf.js: the display size times the screen's pixel density, so text stays sharp. */
export function renderScale(zoom: number, devicePixelRatio: number): number {
  return (zoom / 100) * PX_PER_PT * Math.min(Math.max(devicePixelRatio, 1), 3);
}

/** 'fit' follows the width of the preview; a number is a fixed step. */
export type ZoomSetting = 'fit' | number;

/** Page widths in points, to fit the page before the first one is drawn. */
export const PAPER_WIDTH_PT = { A4: 595.28, Letter: 612 } as const;

/** The zoom at which a page `pageWidthPt` wide just fills `availablePx`, kept within the steps' range. */
export function fitZoom(availablePx: number, pageWidthPt: number): number {
  const exact = Math.floor((availablePx / (pageWidthPt * PX_PER_PT)) * 100);
  return Math.min(Math.max(exact, ZOOM_STEPS[0]), ZOOM_STEPS[ZOOM_STEPS.length - 1]!);
}
