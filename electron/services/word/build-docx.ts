/**
 * Builds the Word draft of the mandate with the `docx` package. Operative paragraphs are numbered by
 * a Word list (a numbering definition), not by typed "1.", so a drafter who inserts or moves a
 * paragraph in negotiation gets the numbers renumbered by Word itself.
 *
 * Arabic and Hebrew parts are runs of their own marked right to left, and a paragraph that opens
 * in one of those scripts is a right-to-left paragraph; the text stays in logical order and Word
 * reorders it. Those runs keep the document font (Times New Roman, which has Arabic and Hebrew on
 * Windows): a font named here but absent from the reader's machine would be substituted anyway,
 * and the file embeds none. Chinese needs no hint: Word picks its East-Asian font by character.
 */
import { AlignmentType, Document, Footer, Header, LevelFormat, LevelSuffix, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { IParagraphOptions, IRunOptions } from 'docx';
import { directionRuns } from '../../../shared/brief/text-direction';
import type { StyledText } from '../../../shared/brief/text-direction';
import type { WordDraft, DraftParagraph } from '../../../shared/brief/word-draft';
import { coreProperties } from './core-properties';
import { fixZipDates } from './zip-dates';

/** The numbering definitions' names; Word shows none of them. */
export const OPERATIVE_NUMBERING = 'operative-paragraphs';
/** A Council Decision's "Article 1", "Article 2" headings, and its numbered recitals. */
export const ARTICLE_NUMBERING = 'articles';
export const RECITAL_NUMBERING = 'recitals';

/** Page sizes in twentieths of a point. */
const PAGE = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const INCH = 1440;
/** Preambular first lines and operative numbers start half an inch in, as Council texts print them. */
const INDENT = INCH / 2;
/** Where the text after an operative number starts. */
const NUMBER_TAB = INDENT + 480;
const AFTER = 160;

type Format = Omit<IRunOptions, 'text' | 'children' | 'italics' | 'rightToLeft'>;

/** A paragraph of plain text parts: its runs, direction marked, and its own direction. */
function text(options: IParagraphOptions, parts: StyledText[], format: Format = {}): Paragraph {
  const directed = directionRuns(parts);
  const children = directed.runs.map(
    (run) => new TextRun({ ...format, text: run.text, ...(run.italics ? { italics: true } : {}), ...(run.rightToLeft ? { rightToLeft: true } : {}) }),
  );
  return new Paragraph({ ...options, ...(directed.rightToLeft ? { bidirectional: true } : {}), children });
}

const plain = (t: string): StyledText[] => [{ text: t, italics: false }];
const italic = (t: string): StyledText[] => [{ text: t, italics: true }];

function clauseText(p: DraftParagraph): StyledText[] {
  return [{ text: p.opening, italics: true }, { text: p.rest, italics: false }];
}

function markingParagraph(marking: string): Paragraph {
  return text({ alignment: AlignmentType.CENTER }, plain(marking), { bold: true });
}

function header(draft: WordDraft): Header {
  const children = [
    ...(draft.marking ? [markingParagraph(draft.marking)] : []),
    text({ alignment: AlignmentType.RIGHT }, plain(`${draft.status} text · ${draft.dateText}`), { size: 18, color: '555555' }),
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

function frameParagraphs(lines: WordDraft['front']): Paragraph[] {
  return lines.map((f) =>
    f.style === 'title'
      ? text({ alignment: AlignmentType.CENTER, spacing: { before: AFTER, after: AFTER }, keepNext: true }, plain(f.text), { bold: true })
      : f.style === 'centered'
        ? text({ alignment: AlignmentType.CENTER, spacing: { after: AFTER } }, plain(f.text))
        : f.style === 'right'
          ? text({ alignment: AlignmentType.RIGHT, spacing: { after: 0 } }, plain(f.text))
          : text({ alignment: AlignmentType.JUSTIFIED, spacing: { after: AFTER } }, f.style === 'italic' ? italic(f.text) : plain(f.text)),
  );
}

function operativeParagraphs(draft: WordDraft, p: WordDraft['operative'][number]): Paragraph[] {
  // A paragraph that introduces priority tasks stays on the page of its first task.
  const intro = p.groups.length > 0;
  const out: Paragraph[] =
    draft.operativeStyle === 'articles'
      ? [
          // The heading is the list item, so Word numbers "Article 1" … and renumbers after a move.
          new Paragraph({ alignment: AlignmentType.CENTER, numbering: { reference: ARTICLE_NUMBERING, level: 0 }, spacing: { before: AFTER, after: 80 }, keepNext: true, children: [] }),
          text({ alignment: AlignmentType.JUSTIFIED, spacing: { after: intro ? 80 : AFTER }, keepNext: intro }, clauseText(p)),
        ]
      : [text({ alignment: AlignmentType.JUSTIFIED, numbering: { reference: OPERATIVE_NUMBERING, level: 0 }, spacing: { after: intro ? 80 : AFTER }, keepNext: intro }, clauseText(p))];
  // Under "Article N" no numbered paragraph restarts the (a), (i) levels, so each Article's tasks are a list instance of their own.
  const instance = draft.operativeStyle === 'articles' ? { instance: p.number } : {};
  for (const g of p.groups) {
    // Headings in italics, as the PDF brief and Council texts print "(a) Protection of civilians:".
    out.push(text({ alignment: AlignmentType.JUSTIFIED, numbering: { reference: OPERATIVE_NUMBERING, level: 1, ...instance }, spacing: { after: 80 }, keepNext: true }, italic(g.heading)));
    for (const item of g.items) out.push(text({ alignment: AlignmentType.JUSTIFIED, numbering: { reference: OPERATIVE_NUMBERING, level: 2, ...instance }, spacing: { after: 80 } }, plain(item)));
  }
  return out;
}

function body(draft: WordDraft): Paragraph[] {
  const out: Paragraph[] = [text({ alignment: AlignmentType.CENTER, spacing: { after: 80 } }, plain(draft.title), { bold: true, size: 28 })];
  if (draft.subtitle) out.push(text({ alignment: AlignmentType.CENTER, spacing: { after: 80 } }, plain(draft.subtitle)));
  out.push(text({ alignment: AlignmentType.CENTER, spacing: { after: 480 } }, italic(`${draft.status === 'Final' ? 'Final text' : draft.documentKind}, ${draft.dateText}`)));
  if (draft.emptyNote) {
    out.push(text({}, italic(draft.emptyNote)));
    return out;
  }
  out.push(...frameParagraphs(draft.front));
  out.push(text({ indent: { firstLine: INDENT }, spacing: { after: AFTER }, keepNext: true }, draft.headingItalic ? italic(draft.heading) : plain(draft.heading)));
  out.push(...frameParagraphs(draft.preface));
  for (const p of draft.preambular) {
    out.push(
      draft.numberedPreamble
        ? text({ alignment: AlignmentType.JUSTIFIED, numbering: { reference: RECITAL_NUMBERING, level: 0 }, spacing: { after: AFTER } }, clauseText(p))
        : text({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: AFTER } }, clauseText(p)),
    );
  }
  out.push(...frameParagraphs(draft.bridge));
  for (const p of draft.operative) out.push(...operativeParagraphs(draft, p));
  out.push(...frameParagraphs(draft.closing));
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
        {
          reference: ARTICLE_NUMBERING,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: 'Article %1', alignment: AlignmentType.CENTER, suffix: LevelSuffix.NOTHING, style: { paragraph: { indent: { left: 0, firstLine: 0 } } } }],
        },
        {
          reference: RECITAL_NUMBERING,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: 0, firstLine: 0 }, leftTabStop: NUMBER_TAB - INDENT } } }],
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
