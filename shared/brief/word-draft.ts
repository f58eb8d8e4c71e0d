/**
 * The mandate as a Word draft carries it: the same assembled paragraphs the PDF brief prints in
 * its "Draft mandate" text, split into the italic opening words and the rest, with the marking,
 * title and date of the brief. Nothing here knows about .docx; the services build the file.
 */
import type { Plan } from '../plan/schema';
import { formatDate } from '../plan/labels';
import { assembleMandate } from '../mandate/assemble';
import type { FrameLine } from '../mandate/assemble';
import { printsAsFinal } from './context';
import { resolveBriefOptions } from './options';
import type { BriefOptionsInput } from './options';

export interface DraftParagraph {
  /** Printed in italics, as Council texts print "Decides", "Recalling" …; empty when the clause has none. */
  opening: string;
  /** The rest of the paragraph, punctuation included, starting with the space after the opening. */
  rest: string;
}

export interface OperativeDraftParagraph extends DraftParagraph {
  /** The number the brief prints; the Word file numbers the paragraph with a list, not with this text. */
  number: number;
  /** Priority tasks: "(a) Protection of civilians:" with its "(i) To …;" items, numbered by the same list. */
  groups: { heading: string; items: string[] }[];
}

/** A line of the document's frame (title, introduction, adoption formula, a letter's reply). */
export interface DraftFrameLine {
  text: string;
  style: FrameLine['style'];
}

export interface WordDraft {
  title: string;
  /** Mission and country, as the brief's cover gives them; empty when neither is set. */
  subtitle: string;
  /** Printed in the header and footer of every page; empty prints none. */
  marking: string;
  /** The brief's date (YYYY-MM-DD), also the file's creation date so the same inputs give the same file. */
  date: string;
  /** The date as the brief prints it, e.g. "20 November 2026". */
  dateText: string;
  paper: 'A4' | 'Letter';
  /** "Draft" until the planner marks the mandate final and nothing blocks it. */
  status: 'Draft' | 'Final';
  /** "Draft resolution", "Draft communiqué", "Draft Council Decision", "Draft exchange of letters". */
  documentKind: string;
  front: DraftFrameLine[];
  /** "The Security Council," */
  heading: string;
  headingItalic: boolean;
  preface: DraftFrameLine[];
  /** Recitals of a Council Decision are numbered "(1)"; a resolution's preamble is not. */
  numberedPreamble: boolean;
  preambular: DraftParagraph[];
  bridge: DraftFrameLine[];
  /** "1." beside each operative paragraph, or "Article 1" above it in a Council Decision. */
  operativeStyle: 'numbers' | 'articles';
  operative: OperativeDraftParagraph[];
  closing: DraftFrameLine[];
  /** Said instead of the text when the plan has no paragraph at all. */
  emptyNote: string | null;
  author: string;
}

/** The opening words apart from the rest, as the PDF brief splits them. */
export function splitOpening(text: string, opening: string): DraftParagraph {
  if (opening && text.startsWith(`${opening} `)) return { opening, rest: text.slice(opening.length) };
  return { opening: '', rest: text };
}

/** The Word draft of a plan's mandate with the brief's options (marking, paper, date). */
export function wordDraft(plan: Plan, input: BriefOptionsInput): WordDraft {
  const options = resolveBriefOptions(plan, input);
  const mandate = assembleMandate(plan);
  const empty = mandate.preambular.length === 0 && mandate.operative.length === 0;
  return {
    title: plan.cover.title.trim() || 'Untitled plan',
    subtitle: [plan.cover.missionName, plan.cover.countryRegion].map((s) => s.trim()).filter(Boolean).join(' — '),
    marking: options.classification,
    date: options.generatedAt,
    dateText: formatDate(options.generatedAt),
    paper: options.paper,
    status: printsAsFinal(plan, mandate) ? 'Final' : 'Draft',
    documentKind: mandate.documentKind,
    front: mandate.front,
    heading: mandate.heading,
    headingItalic: mandate.headingItalic,
    preface: mandate.preface,
    numberedPreamble: mandate.preambular.some((p) => p.label !== ''),
    preambular: mandate.preambular.map((p) => splitOpening(p.text, p.opening)),
    bridge: mandate.bridge,
    operativeStyle: mandate.operative.some((p) => p.label.startsWith('Article')) ? 'articles' : 'numbers',
    operative: mandate.operative.map((p) => ({
      number: p.number,
      ...splitOpening(p.text, p.opening),
      groups: (p.groups ?? []).map((g) => ({ heading: `${g.heading}:`, items: g.items.map((i) => i.text) })),
    })),
    closing: mandate.closing,
    emptyNote: empty ? 'No clauses drafted yet.' : null,
    author: plan.cover.author.trim(),
  };
}
