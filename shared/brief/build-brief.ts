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
import { trimTrailingMargin } from './blocks';
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
  let counter = 0;
  const number = () => String(++counter);
  const sections = options.sections.map((s) => sectionContent(ctx, s, number)).filter((c) => c.length > 0);
  for (const section of sections) trimTrailingMargin(section, (name) => styles[name]?.margin);
  const content: Content[] = sections.length
    ? sections.map((stack, i): Content => (i === 0 ? { stack } : { stack, pageBreak: 'before' }))
    : [{ text: 'No sections were chosen for this brief.', style: 'note' }];
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
