/**
 * Which parts of a paragraph run right to left, for a file that marks direction and leaves the
 * reordering to its reader (the Word draft: the text stays in logical order, Word lays it out).
 * Unicode's bidirectional algorithm (bidi-js) runs on the whole paragraph, so the spaces inside an
 * Arabic or Hebrew name stay in its run, while digits and Latin or Chinese words (even levels) stay
 * ordinary runs.
 */
import bidiFactory from 'bidi-js';

export interface StyledText {
  text: string;
  italics: boolean;
}

export interface DirectedRun extends StyledText {
  rightToLeft: boolean;
}

export interface DirectedParagraph {
  /** The paragraph's first strong character runs right to left (Unicode's rules P2–P3). */
  rightToLeft: boolean;
  runs: DirectedRun[];
}

/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, presentation forms) and RTL controls. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]/;

let bidi: ReturnType<typeof bidiFactory> | null = null;

/** A paragraph's styled parts split into runs of one direction each, in logical order. */
export function directionRuns(parts: readonly StyledText[]): DirectedParagraph {
  const kept = parts.filter((p) => p.text);
  const full = kept.map((p) => p.text).join('');
  if (!RIGHT_TO_LEFT.test(full)) return { rightToLeft: false, runs: kept.map((p) => ({ ...p, rightToLeft: false })) };
  bidi ??= bidiFactory();
  const { levels, paragraphs } = bidi.getEmbeddingLevels(full);
  const runs: DirectedRun[] = [];
  let offset = 0;
  for (const part of kept) {
    let start = 0;
    for (let i = 1; i <= part.text.length; i++) {
      const odd = (levels[offset + start]! & 1) === 1;
      if (i < part.text.length && ((levels[offset + i]! & 1) === 1) === odd) continue;
      runs.push({ text: part.text.slice(start, i), italics: part.italics, rightToLeft: odd });
      start = i;
    }
    offset += part.text.length;
  }
  return { rightToLeft: ((paragraphs[0]?.level ?? 0) & 1) === 1, runs };
}
