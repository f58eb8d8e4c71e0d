/** Typography, colours and table layouts shared by every section of the brief. */
import type { CustomTableLayout, StyleDictionary, Style } from 'pdfmake/interfaces';
import type { Band } from '../plan/schema';

/** Sober print colours: near-black text, one navy accent, greys for rules and fills. */
export const COLORS = {
  ink: '#1b1f24',
  muted: '#5b636d',
  accent: '#1f3a5f',
  rule: '#b8c0c9',
  faintRule: '#dde2e7',
  headerFill: '#e6ebf1',
  zebra: '#f5f7f9',
  marking: '#8b1a1a',
  watermark: '#8b1a1a',
} as const;

/** Band fills that stay distinguishable when printed in colour and legible in greyscale. */
export const BAND_COLORS: Record<Band['name'], string> = {
  low: '#b9dcb0',
  medium: '#f7e08f',
  high: '#f3b07a',
  critical: '#e0746b',
};

export const FONT = 'Roboto';
export const BODY_SIZE = 9.5;

export const styles: StyleDictionary = {
  coverKicker: { fontSize: 10, bold: true, color: COLORS.muted, characterSpacing: 1.2 },
  coverTitle: { fontSize: 24, bold: true, color: COLORS.accent, lineHeight: 1.1 },
  coverMission: { fontSize: 14, color: COLORS.ink, lineHeight: 1.2 },
  coverLabel: { fontSize: 8, bold: true, color: COLORS.muted, characterSpacing: 0.6 },
  coverValue: { fontSize: 10.5, color: COLORS.ink },
  coverMarking: { fontSize: 13, bold: true, color: COLORS.marking, characterSpacing: 2, alignment: 'center' },
  h1: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 0, 0, 10] },
  h2: { fontSize: 11.5, bold: true, color: COLORS.accent, margin: [0, 14, 0, 6] },
  h3: { fontSize: 10, bold: true, color: COLORS.ink, margin: [0, 8, 0, 3] },
  lead: { fontSize: BODY_SIZE, color: COLORS.muted, margin: [0, 0, 0, 8] },
  paragraph: { margin: [0, 0, 0, 6] },
  note: { fontSize: 9, italics: true, color: COLORS.muted, margin: [0, 2, 0, 8] },
  label: { bold: true, color: COLORS.muted, fontSize: 8.5 },
  tableHeader: { bold: true, fontSize: 8, color: COLORS.accent },
  tableCell: { fontSize: 8.5 },
  small: { fontSize: 8, color: COLORS.muted },
  tocTitle: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 0, 0, 14] },
  tocEntry: { fontSize: 10.5, margin: [0, 3, 0, 3] },
  tocSubEntry: { fontSize: 9.5, color: COLORS.muted },
  marking: { fontSize: 8.5, bold: true, color: COLORS.marking, characterSpacing: 1.5, alignment: 'center' },
  frame: { fontSize: 7.5, color: COLORS.muted },
};

export const defaultStyle: Style = { font: FONT, fontSize: BODY_SIZE, lineHeight: 1.25, color: COLORS.ink };

/** Horizontal rules only, a tinted header row and light zebra striping: reads well on paper. */
export const registerLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === (node.table.headerRows ?? 0) || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === 0 || i === (node.table.headerRows ?? 0) || i === node.table.body.length ? COLORS.rule : COLORS.faintRule),
  fillColor: (row, node) => (row < (node.table.headerRows ?? 0) ? COLORS.headerFill : row % 2 === 0 ? COLORS.zebra : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Label/value pairs: no fills, faint separators, a wider label column does the work. */
export const factsLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => COLORS.faintRule,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
