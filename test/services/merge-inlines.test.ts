import { describe, expect, it } from 'vitest';
import { mergeInlines } from '../../electron/services/pdf/merge-inlines';

/** A font that, like Roboto, has Latin and Cyrillic but no CJK, Arabic or emoji. */
const latinFont = (name: string) => ({ name, font: { hasGlyphForCodePoint: (code: number) => code < 0x0600 } });
const F = latinFont('F');
const Bold = latinFont('Bold');
const word = (text: string, x: number, width: number, style: Record<string, unknown> = {}) => ({ text, x, width, font: F, fontSize: 9, color: '#000', ...style });

describe('joining words of a line into runs', () => {
  it('joins touching words that share every style, and gives the first word back its own text after drawing', () => {
    const line = [word('Protect ', 0, 30), word('civilians ', 30, 40), word('now', 70, 15)];
    const { merged, restore } = mergeInlines(line);
    expect(merged).toEqual([word('Protect civilians now', 0, 85)]);
    restore();
    expect(line).toEqual([word('Protect ', 0, 30), word('civilians ', 30, 40), word('now', 70, 15)]);
  });

  it('keeps a word apart when its colour, weight or size differs', () => {
    const line = [word('Open ', 0, 20), word('1 Nov ', 20, 22, { color: '#8b1a1a' }), word('2026', 42, 18, { color: '#8b1a1a', font: Bold })];
    expect(mergeInlines(line).merged).toHaveLength(3);
  });

  it('draws words holding a character the font lacks one by one, as stock pdfmake does (a joined run of them overflowed the margin)', () => {
    const line = [word('Mission ', 0, 30), word('\u4E2D\u6587 ', 30, 20), word('\u0645\u062E ', 50, 12), word('end', 62, 14)];
    expect(mergeInlines(line).merged.map((w) => w.text)).toEqual(['Mission ', '\u4E2D\u6587 ', '\u0645\u062E ', 'end']);
    expect(mergeInlines([word('A ', 0, 5), word('\u{1F54A}', 5, 9)]).merged).toHaveLength(2);
  });

  it('never joins words of a font it cannot ask about its glyphs', () => {
    const blind = { name: 'blind' };
    expect(mergeInlines([word('Protect ', 0, 30, { font: blind }), word('now', 30, 15, { font: blind })]).merged).toHaveLength(2);
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
