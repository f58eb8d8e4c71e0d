/**
 * One pure pass over every piece of plan text before it enters the brief's document definition
 * (build-brief.ts applies it to the whole definition). It makes the printed text say what the plan
 * says, visibly, and keeps layout time linear in the text's length:
 *
 * - bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) would reorder the text
 *   around them ("Brief\u202Efdp.exe" prints as "Briefexe.pdf"): each is printed as a visible
 *   marker such as [RLO] instead, so nothing is reordered and the reader sees it was there;
 * - invisible characters that can hide or join text (zero-width space, word joiner, BOM, the
 *   invisible operators U+2061–2064, U+180E) are printed as markers too. Joiners (ZWJ, ZWNJ) and
 *   the bidi marks LRM/RLM/ALM stay: scripts and emoji need them, and they cannot move letters;
 * - lone surrogates become U+FFFD; control characters other than tab and line break are dropped;
 * - runs of blank lines collapse to one blank line (5 MB of line breaks made 22,000 pages);
 * - more than 8 combining marks on one letter are dropped ("zalgo" text piling over the line above);
 * - a run of more than 30 characters without a break opportunity gets one (U+200B) every 30
 *   characters. pdfmake breaks an over-long word by measuring ever shorter prefixes, which takes
 *   time quadratic in its length (20 s for one 20,000-character word); with break opportunities each
 *   piece is measured once. U+200B prints nothing and copies out of the PDF as nothing.
 *
 * Runs before the script pass (font fallback and the bidi algorithm), which sees only text without
 * explicit bidi controls. Pure: (text) => text, no fonts, no DOM.
 */

/** Visible names for the characters printed as markers. */
const MARKERS: Readonly<Record<string, string>> = {
  '\u202A': '[LRE]',
  '\u202B': '[RLE]',
  '\u202C': '[PDF]',
  '\u202D': '[LRO]',
  '\u202E': '[RLO]',
  '\u2066': '[LRI]',
  '\u2067': '[RLI]',
  '\u2068': '[FSI]',
  '\u2069': '[PDI]',
  '\u200B': '[ZWSP]',
  '\u2060': '[WJ]',
  '\uFEFF': '[ZWNBSP]',
  '\u2061': '[FA]',
  '\u2062': '[IT]',
  '\u2063': '[IS]',
  '\u2064': '[IP]',
  '\u180E': '[MVS]',
};

/** Every character safeText replaces with a marker (also used on screen). */
export const MARKED_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u2061-\u2064\u180E]/g;

/** The break opportunity inserted into long runs. */
export const BREAK = '\u200B';
/** Longest run of characters printed without a break opportunity. */
export const MAX_RUN = 30;
/** Combining marks kept on one base character. */
const MAX_MARKS = 8;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BLANK_LINES = /\n(?:[^\S\n]*\n){2,}/g;
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u180E\u200B\u2028-\u202E\u2060-\u2069\uD800-\uDFFF\uFEFF]|\n[^\S\n]*\n[^\S\n]*\n/;
const LONG_RUN = /[^\s\-\u2010-\u2014/]{31}/;
const MARK_PILE = /\p{M}{9}/u;
// Characters after which a line may break anyway: spaces, hyphens, dashes, slashes. Ending a run there
// keeps ordinary text untouched (words of 30 characters and more are URLs, codes or hostile).
const BREAKS_AFTER = /[\s\-\u2010-\u2014/]/u;
const MARK = /\p{M}/u;
const JOINER = /\u200C|\u200D|\uFE0E|\uFE0F/;

/** Controls shown as markers, lone surrogates replaced, other controls dropped: no layout change. */
export function markControls(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '').replace(MARKED_CHARACTERS, (c) => MARKERS[c] ?? '');
}

/** As markControls, with a break opportunity on each side of a marker, so a word holding markers still wraps in a narrow cell. */
function markControlsBreakable(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '').replace(MARKED_CHARACTERS, (c) => `${BREAK}${MARKERS[c] ?? ''}${BREAK}`);
}

/** Plain text a planner wrote, made safe to print (see the module comment). Apply once: it is not idempotent (a zero-width space it inserts would be marked the second time). */
export function safeText(text: string): string {
  if (text.length === 0) return text;
  // Nearly all text needs nothing but the run check: one scan decides.
  if (!NEEDS_CLEANING.test(text)) return breakLongRuns(text);
  let out = text;
  if (/[\r\u2028\u2029]/.test(out)) out = out.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  out = markControlsBreakable(out);
  if (out.includes('\n\n')) out = out.replace(BLANK_LINES, '\n\n');
  return breakLongRuns(out);
}

/**
 * Inserts a break opportunity into every run of more than MAX_RUN characters that has none, and
 * drops combining marks beyond MAX_MARKS on one base. Never cuts a character, its marks, or a
 * joined sequence (emoji with ZWJ) apart.
 */
export function breakLongRuns(text: string): string {
  // Fast path: most text has no run that long and no mark pile-up.
  if (!LONG_RUN.test(text) && !(text.length >= 10 && MARK_PILE.test(text))) return text;
  let out = '';
  let run = 0;
  let marks = 0;
  let previous = '';
  for (const ch of text) {
    if (MARK.test(ch)) {
      if (++marks > MAX_MARKS) continue;
      out += ch;
      previous = ch;
      continue;
    }
    marks = 0;
    if (BREAKS_AFTER.test(ch) || ch === BREAK) {
      run = 0;
      out += ch;
      previous = ch;
      continue;
    }
    if (run >= MAX_RUN && !JOINER.test(ch) && !JOINER.test(previous)) {
      out += BREAK;
      run = 0;
    }
    out += ch;
    run += 1;
    previous = ch;
  }
  return out;
}

/**
 * Text for one line of the running header or footer: safe, and every line break or run of spaces
 * turned into one space, so a title or marking with line breaks still takes one line.
 */
export function frameText(text: string): string {
  return safeText(text.replace(/\s+/g, ' ').trim());
}
