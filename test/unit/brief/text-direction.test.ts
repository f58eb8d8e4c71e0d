import { describe, expect, it } from 'vitest';
import { directionRuns } from '../../../shared/brief/text-direction';

const plain = (text: string) => [{ text, italics: false }];

describe('directionRuns', () => {
  it('leaves a text without right-to-left letters as it is, empty parts dropped', () => {
    expect(directionRuns([{ text: '', italics: true }, { text: 'Decides 王小明 2026', italics: false }])).toEqual({
      rightToLeft: false,
      runs: [{ text: 'Decides 王小明 2026', italics: false, rightToLeft: false }],
    });
  });

  it('gives an Arabic name in a Latin line its own right-to-left run, its inner space included', () => {
    expect(directionRuns(plain('Liaison with ليلى حداد in 2026.'))).toEqual({
      rightToLeft: false,
      runs: [
        { text: 'Liaison with ', italics: false, rightToLeft: false },
        { text: 'ليلى حداد', italics: false, rightToLeft: true },
        { text: ' in 2026.', italics: false, rightToLeft: false },
      ],
    });
  });

  it('marks a paragraph opening in Hebrew right to left, keeping digits and Latin ordinary and the italic opening apart', () => {
    const { rightToLeft, runs } = directionRuns([{ text: 'מחליטה', italics: true }, { text: ' כי UNPMV עד 2027', italics: false }]);
    expect(rightToLeft).toBe(true);
    expect(runs).toEqual([
      { text: 'מחליטה', italics: true, rightToLeft: true },
      { text: ' כי ', italics: false, rightToLeft: true },
      { text: 'UNPMV', italics: false, rightToLeft: false },
      { text: ' עד ', italics: false, rightToLeft: true },
      { text: '2027', italics: false, rightToLeft: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('מחליטה כי UNPMV עד 2027');
  });
});
