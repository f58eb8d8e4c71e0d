/**
 * What the brief needs to know about the fonts it is printed in, handed in by the renderer
 * (electron/services/pdf/roboto-metrics.ts): shared/ holds no fonts and no font tables, so the
 * few places that must know a width before layout (the page frame, the annex's bullets) ask this.
 */
export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  characterSpacing?: number;
}

export interface BriefMetrics {
  /** The most points `text` can take on one line in this style: an upper bound, never less. */
  maxTextWidth(text: string, style: TextStyle): number;
  /** The body font's line height in ems (what pdfmake's `lineHeight: 1` gives). */
  lineHeight: number;
  /** Width of a bullet and its two spaces ("•  ") at this size: where a bullet's text starts. */
  bulletIndent(fontSize: number): number;
}

/**
 * `text` shortened with an ellipsis so it fits `width` points on one line (whole when it does).
 * Cut between characters, never inside one.
 */
export function fitLine(metrics: BriefMetrics, text: string, width: number, style: TextStyle): string {
  if (metrics.maxTextWidth(text, style) <= width) return text;
  const room = width - metrics.maxTextWidth('…', style);
  let out = '';
  for (const ch of text) {
    if (metrics.maxTextWidth(out + ch, style) > room) break;
    out += ch;
  }
  return `${out.replace(/[\s\u200B]+$/, '')}…`;
}

/**
 * How many lines `text` takes at most when wrapped to `width`: every line may lose up to one
 * unbreakable piece to the next (safeText keeps those at 30 characters or fewer).
 */
export function maxLineCount(metrics: BriefMetrics, text: string, width: number, style: TextStyle, longestPiece: number): number {
  const total = metrics.maxTextWidth(text, style);
  if (total <= width) return 1;
  const usable = width - longestPiece;
  return usable <= 0 ? Array.from(text).length : Math.ceil(total / usable);
}
