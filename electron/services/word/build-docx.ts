/**
 * Builds the Word draft of the mandate with the `docx` package. Operative paragraphs are numbered by
 * a Word list (a numbering definition), not by typed "1.", so a drafter who inserts or moves a
 * paragraph in negotiation gets the numbers renumbered by Word itself.
 */
import { AlignmentType, Document, Footer, Header, LevelFormat, LevelSuffix, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { WordDraft, DraftParagraph } from '../../../shared/brief/word-draft';
import { coreProperties } from './core-properties';
import { fixZipDates } from './zip-dates';

/** The numbering definition's name; Word shows none of it. */
export const OPERATIVE_NUMBERING = 'operative-paragraphs';

/** Page sizes in twentieths of a point. */
const PAGE = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const INCH = 1440;
/** Preambular first lines and operative numbers start half an inch in, as Council texts print them. */
const INDENT = INCH / 2;
/** Where the text after an operative number starts. */
const NUMBER_TAB = INDENT + 480;
const AFTER = 160;

function runs(p: DraftParagraph): TextRun[] {
  return p.opening ? [new TextRun({ text: p.opening, italics: true }), new TextRun(p.rest)] : [new TextRun(p.rest)];
}

function markingParagraph(marking: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true })] });
}

function header(draft: WordDraft): Header {
  const children = [
    ...(draft.marking ? [markingParagraph(draft.marking)] : []),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: `${draft.status} text · ${draft.dateText}`, size: 18, color: '555555' })],
    }),
  ];
  return new Header({ children });
}

function footer(draft: WordDraft): Footer {
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] }),
      ...(draft.marking ? [markingParagraph(draft.marking)] : []),
    ],
  });
}

function body(draft: WordDraft): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [new TextRun({ text: draft.title, bold: true, size: 28 })] }),
  ];
  if (draft.subtitle) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [new TextRun(draft.subtitle)] }));
  out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun({ text: `${draft.status === 'Final' ? 'Final text' : 'Draft mandate'}, ${draft.dateText}`, italics: true })] }));
  if (draft.emptyNote) {
    out.push(new Paragraph({ children: [new TextRun({ text: draft.emptyNote, italics: true })] }));
    return out;
  }
  out.push(new Paragraph({ indent: { firstLine: INDENT }, spacing: { after: AFTER }, keepNext: true, children: [new TextRun({ text: draft.heading, italics: true })] }));
  for (const p of draft.preambular) {
    out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: AFTER }, children: runs(p) }));
  }
  for (const p of draft.operative) {
    out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, numbering: { reference: OPERATIVE_NUMBERING, level: 0 }, spacing: { after: AFTER }, children: runs(p) }));
  }
  return out;
}

/** The .docx bytes for a draft; the same draft always gives the same bytes. */
export async function buildDocx(draft: WordDraft): Promise<Buffer> {
  const doc = new Document({
    creator: 'Mandate Planner',
    title: draft.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    numbering: {
      config: [
        {
          reference: OPERATIVE_NUMBERING,
          levels: [
            // Number at the first-line indent, wrapped lines back at the margin: the Council's layout.
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: 0, firstLine: INDENT }, leftTabStop: NUMBER_TAB } } },
            // Sub-items (a), (i) for structured paragraphs such as priority tasks.
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: NUMBER_TAB + 360, hanging: 360 } } } },
            { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: NUMBER_TAB + 1080, hanging: 360 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: PAGE[draft.paper], margin: { top: INCH, bottom: INCH, left: INCH, right: INCH, header: 567, footer: 567 } } },
        headers: { default: header(draft) },
        footers: { default: footer(draft) },
        children: body(draft),
      },
    ],
  });
  const zipped = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(draft) }]);
  return fixZipDates(zipped, draft.date);
}
