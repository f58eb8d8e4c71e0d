/** The score-band key printed beside the register and under the heat map. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Band } from '../plan/schema';
import { BAND_LABELS } from '../plan/labels';
import { BAND_COLORS, COLORS } from './styles';

/** One row of coloured cells: "Low 1–4", "Medium 5–9", … using the plan's own bands. */
export function bandLegend(bands: readonly Band[], width = 300): Content {
  const cells = bands.map((b): TableCell => ({
    text: [{ text: BAND_LABELS[b.name], bold: true }, ` ${b.min}–${b.max}`],
    fillColor: BAND_COLORS[b.name],
    alignment: 'center',
    fontSize: 7.5,
  }));
  return {
    columns: [
      { width: 'auto', text: 'Score bands (likelihood × impact):', style: 'small', margin: [0, 3, 6, 0] },
      {
        width,
        table: { widths: bands.map(() => '*'), body: [cells] },
        layout: { hLineWidth: () => 0, vLineWidth: () => 1.5, vLineColor: () => '#ffffff', paddingTop: () => 2, paddingBottom: () => 2 },
      },
    ],
    color: COLORS.ink,
    margin: [0, 0, 0, 8],
  };
}
