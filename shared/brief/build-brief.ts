/** Plan + options → the pdfmake document definition of the printed brief (pure data, no I/O). */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BriefSection, Plan } from '../plan/schema';
import { resolveBriefOptions } from './options';
import type { BriefOptionsInput } from './options';
import { createBriefContext } from './context';
import type { BriefContext } from './context';
import { draftBackground, frameFooter, frameHeader, layoutFrame } from './page-frame';
import { safeDocument } from './safe-document';
import { markControls } from './safe-text';
import { checkBriefSize } from './brief-caps';
import { defaultStyle, styles } from './styles';
import { formatDate } from '../plan/labels';
import { keepTogether, trimTrailingMargin } from './blocks';
import { coverSection } from './cover';
import { contentsSection } from './contents';
import { situationSection } from './situation';
import { missionSection } from './mission';
import { mandateSection } from './mandate';
import { guidanceSection } from './guidance';
import { capabilitiesSection } from './capabilities';
import { risksSection } from './risks';
import { heatMapSection } from './heat-map';
import { annexSection } from './annex';
import type { BriefMetrics } from './metrics';
import { redactPlan } from './redact';

type SectionBuilder = (ctx: BriefContext, number: string) => Content[];

/** Sections that get a number ("1", "2", …); the cover, contents and annex do not. */
const NUMBERED: Partial<Record<BriefSection, SectionBuilder>> = {
  situation: situationSection,
  mission: missionSection,
  mandate: mandateSection,
  guidance: guidanceSection,
  capabilities: capabilitiesSection,
  risks: risksSection,
  heatmap: heatMapSection,
};

/**
 * Sections with nothing recorded yet. They are left out of the brief (a page that says "No risks
 * recorded yet" tells a briefing room nothing), and one line after the contents names them.
 */
const NOTHING_TO_PRINT: Partial<Record<BriefSection, (plan: Plan) => boolean>> = {
  capabilities: (plan) => plan.capabilities.items.length === 0,
  risks: (plan) => plan.risks.items.length === 0,
  heatmap: (plan) => plan.risks.items.length === 0,
  annex: (plan) => plan.risks.items.length === 0,
};

const LEFT_OUT_LABELS: Partial<Record<BriefSection, string>> = {
  capabilities: 'capabilities',
  risks: 'risk register',
  heatmap: 'risk heat map',
  annex: 'annex of risk details',
};

/** The sections of the options that have something to print. */
export function printedSections(plan: Plan, sections: readonly BriefSection[]): BriefSection[] {
  return sections.filter((s) => !NOTHING_TO_PRINT[s]?.(plan));
}

function emptySectionsNote(plan: Plan, sections: readonly BriefSection[]): Content | null {
  const left = sections.filter((s) => NOTHING_TO_PRINT[s]?.(plan)).map((s) => LEFT_OUT_LABELS[s] ?? s);
  if (left.length === 0) return null;
  const list = left.length === 1 ? left[0]! : `${left.slice(0, -1).join(', ')} and ${left[left.length - 1]}`;
  return { text: `Not printed because nothing is recorded yet: ${list}.`, style: 'note', margin: [0, 12, 0, 0] };
}

interface PrintedSection {
  section: BriefSection;
  stack: Content[];
}

function printedSectionsOf(ctx: BriefContext): PrintedSection[] {
  let counter = 0;
  const number = () => String(++counter);
  const chosen = ctx.options.sections;
  const out = printedSections(ctx.plan, chosen)
    .map((section) => ({ section, stack: sectionContent(ctx, section, number) }))
    .filter((s) => s.stack.length > 0);
  const note = emptySectionsNote(ctx.plan, chosen);
  if (note && out.length > 0) {
    // After the contents when there are contents, otherwise at the foot of the first section.
    const host = out.find((s) => s.section === 'contents') ?? out[0]!;
    host.stack.push(note);
  }
  return out;
}

/** A section that starts a page of its own: the cover and contents end theirs; the annex and long sections begin one. */
function startsPage(previous: PrintedSection, current: PrintedSection, short: boolean): boolean {
  return previous.section === 'cover' || previous.section === 'contents' || current.section === 'annex' || !short;
}

/**
 * Lays the sections out: a short section is kept whole and follows the one before it on the same
 * page, so a brief does not print a page for every two-line section; a long one starts a new page.
 */
function layOut(sections: PrintedSection[]): Content[] {
  return sections.map((current, i): Content => {
    if (i === 0) return { stack: current.stack };
    const kept = keepTogether(current.stack);
    if (startsPage(sections[i - 1]!, current, kept.unbreakable === true)) return { stack: current.stack, pageBreak: 'before' };
    return { ...kept, margin: [0, 22, 0, 0] };
  });
}

function sectionContent(ctx: BriefContext, section: BriefSection, number: () => string): Content[] {
  if (section === 'cover') return coverSection(ctx);
  if (section === 'contents') return contentsSection();
  if (section === 'annex') return annexSection(ctx);
  const build = NUMBERED[section];
  return build ? build(ctx, number()) : [];
}

/** The PDF's date stamp: midnight UTC of the brief's date, so the same date gives the same bytes. */
function stampOf(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * Builds the whole brief for a plan with the planner's options; `metrics` are those of the fonts
 * it will be printed in (the renderer's; electron/services/pdf/brief-document.ts binds them).
 */
export function buildBriefDocument(original: Plan, input: BriefOptionsInput, metrics: BriefMetrics): TDocumentDefinitions {
  const options = resolveBriefOptions(original, input);
  // Before any work on the content: a brief too large to print in bounded time stops here, in plain words.
  checkBriefSize(original, options);
  // Redacted before any section sees it, so no section can print what the copy leaves out.
  const plan = options.redacted ? redactPlan(original) : original;
  const ctx = createBriefContext(plan, options, metrics);
  const sections = printedSectionsOf(ctx);
  for (const section of sections) trimTrailingMargin(section.stack, (name) => styles[name]?.margin);
  const content: Content[] = sections.length
    ? layOut(sections)
    : [emptySectionsNote(plan, options.sections) ?? { text: 'No sections were chosen for this brief.', style: 'note' }];
  const title = plan.cover.title || 'Untitled plan';
  const date = formatDate(options.generatedAt);
  const frame = layoutFrame({ marking: options.classification, title, date, redacted: options.redacted }, metrics);
  const stamp = stampOf(options.generatedAt);
  return {
    pageSize: options.paper === 'Letter' ? 'LETTER' : 'A4',
    pageOrientation: 'portrait',
    pageMargins: frame.margins,
    // Viewers show these in their window title and file properties: no control may reorder them there either.
    info: {
      title: markControls(title),
      author: !options.redacted && plan.cover.author ? markControls(plan.cover.author) : undefined,
      subject: markControls([plan.cover.missionName, plan.cover.countryRegion].filter(Boolean).join(' — ')) || 'Mandate planning brief',
      keywords: options.classification ? markControls(options.classification) : undefined,
      creator: 'Mandate Planner',
      producer: 'Mandate Planner (pdfmake)',
      creationDate: stamp,
      modDate: stamp,
    },
    header: frameHeader(frame),
    footer: frameFooter(frame),
    background: options.draftWatermark && !ctx.ready ? draftBackground() : undefined,
    // Every piece of plan text passes safeText once, here, where it enters the definition.
    content: safeDocument(content).content,
    styles,
    defaultStyle,
  };
}
