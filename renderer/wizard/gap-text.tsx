import { splitGaps } from './clause-order';

/** Text with its unfilled parameters shown as marked gaps, e.g. [region?]. */
export function GapText({ text }: { text: string }) {
  return (
    <>
      {splitGaps(text).map((part, i) =>
        part.gap ? (
          <mark key={i} className="wz-gap" title="Still to fill in">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
