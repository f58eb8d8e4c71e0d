/** The table of contents, filled in by pdfmake from the headings marked as toc items. */
import type { Content } from 'pdfmake/interfaces';
import { COLORS } from './styles';

/** Contents with page numbers; the same entries become the PDF's bookmarks. */
export function contentsSection(): Content[] {
  return [
    {
      toc: {
        title: { text: 'Contents', style: 'tocTitle' },
        numberStyle: { fontSize: 10, color: COLORS.muted },
        outlines: true,
      },
    },
  ];
}
