import { describe, expect, it } from 'vitest';
import { mergeInlines } from '../../electron/services/pdf/merge-inlines';

const word = (text: string, x: number, width: number, style: Record<string, unknown> = {}) => ({ text, x, width, font: 'F', fontSize: 9, color: '#000', ...style });

describe('joining words of a line into runs', () => {
  it('joins touching words that share every style, and gives the first word back its own text after drawing', () => {
    const line = [word('Protect ', 0, 30), word('civilians ', 30, 40), word('now', 70, 15)];
    const { merged, restore } = mergeInlines(line);
    expect(merged).toEqual([word('Protect civilians now', 0, 85)]);
    restore();
    expect(line).toEqual([word('Protect ', 0, 30), word('civilians ', 30, 40), word('now', 70, 15)]);
  });

  it('keeps a word apart when its colour, weight or size differs', () => {
    const line = [word('Open ', 0, 20), word('1 Nov ', 20, 22, { color: '#8b1a1a' }), word('2026', 42, 18, { color: '#8b1a1a', font: 'Bold' })];
    expect(mergeInlines(line).merged).toHaveLength(3);
  });

  it('never joins justified words, which have gaps between them', () => {
    expect(mergeInlines([word('the ', 0, 14), word('Council ', 16.5, 30)]).merged).toHaveLength(2);
  });

  it('keeps letter-spaced words apart, as pdfkit spaces a joined run differently', () => {
    expect(mergeInlines([word('PREPARED ', 0, 40, { characterSpacing: 0.6 }), word('BY', 40, 12, { characterSpacing: 0.6 })]).merged).toHaveLength(2);
  });

  it('leaves page numbers of the contents alone, which are filled in while drawing', () => {
    expect(mergeInlines([word('Risks ', 0, 20), { ...word('00000', 20, 20), _pageNodeRef: {} }]).merged).toHaveLength(2);
  });
});
