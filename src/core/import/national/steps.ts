/** Trình tự thực hiện: free text with newlines, turned into one step per line or "Bước n". */
import { isNoInformation, stripBullet } from './portal-text.ts';
import { joinBrokenLines } from './simple-fields.ts';

// Headings the portal repeats inside the field ("Trình tự thực hiện:", "1.1. Trình tự thực hiện").
const HEADING = /^(?:\d+(?:\.\d+)*\.?\s*)?trình tự thực hiện\s*:?\s*/iu;
// A step label with nothing after it ("- Bước 1:"): its text is on the next line.
const BARE_LABEL = /^(?:\p{Ll}\)\s*)?bước\s*\d+\s*[:.]?$/iu;
// A further "Bước n" inside a line, after the end of a sentence or a dash.
const INNER_STEP = /(?<=[.;])\s+(?=(?:[-+]\s*)?Bước\s*\d+\s*[:.])|\s+(?=[-+]\s*Bước\s*\d+\s*[:.])/u;

export function readSteps(text: string): string[] {
  const steps: string[] = [];
  let pendingLabel = '';
  for (const line of joinBrokenLines(text)) {
    for (const part of line.split(INNER_STEP)) {
      const step = stripBullet(part.replace(HEADING, ''));
      if (step === '' || isNoInformation(step)) continue;
      if (BARE_LABEL.test(step)) {
        pendingLabel = pendingLabel === '' ? step : `${pendingLabel} ${step}`;
        continue;
      }
      steps.push(pendingLabel === '' ? step : `${pendingLabel} ${step}`);
      pendingLabel = '';
    }
  }
  if (pendingLabel !== '') steps.push(pendingLabel);
  return steps;
}
