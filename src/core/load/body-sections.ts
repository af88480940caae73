/**
 * A record's Markdown text holds two things for two readers: guidance for citizens, then the editors' notes on
 * where the record comes from and what in it is unverified. The line `## Nguồn và ghi chú` separates them:
 * everything after it is notes, shown folded away under the sources, never as guidance. A notes heading
 * written another way (another level, no tone marks, a colon) or twice would silently turn notes into guidance,
 * so it is a problem naming the exact line to write.
 */
import { foldForSearch } from '../text/fold.ts';
import type { Problem } from './problem.ts';

/** The line that starts the notes, exactly as an editor writes it. */
export const NOTES_HEADING = '## Nguồn và ghi chú';

export interface BodySections {
  /** Markdown for citizens: what comes before the notes heading. */
  guidance: string;
  /** Markdown for whoever checks the record: what comes after it ('' when there is no such heading). */
  notes: string;
}

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
// Any ATX heading, to find notes headings written another way.
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const NOTES_WORDS = 'nguon va ghi chu';

interface NotesLine {
  index: number;
  exact: boolean;
  text: string;
}

/** Lines that are a notes heading, exact or not, outside code blocks. */
function notesLines(lines: readonly string[]): NotesLine[] {
  const found: NotesLine[] = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) return;
    const heading = HEADING.exec(line);
    if (!heading) return;
    if (foldForSearch(heading[2]!) === NOTES_WORDS)
      found.push({ index, exact: line.trimEnd() === NOTES_HEADING, text: line.trim() });
  });
  return found;
}

/** Guidance and notes of a body; a body without the heading is all guidance. */
export function splitBody(body: string): BodySections {
  const lines = body.split('\n');
  const first = notesLines(lines).find((l) => l.exact);
  if (!first) return { guidance: body.trim(), notes: '' };
  return {
    guidance: lines.slice(0, first.index).join('\n').trim(),
    notes: lines
      .slice(first.index + 1)
      .join('\n')
      .trim(),
  };
}

/** A notes heading written another way, or a second one; `firstLine` is the file line the body starts on. */
export function bodySectionProblems(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let seen = false;
  for (const line of notesLines(body.split('\n'))) {
    const at = { file, line: firstLine + line.index, column: 1, field: '(text)' };
    if (!line.exact) {
      problems.push({
        ...at,
        found: `tiêu đề “${line.text}”`,
        expected: `đúng dòng “${NOTES_HEADING}” để bắt đầu phần ghi chú về nguồn (người dân không thấy phần này như hướng dẫn)`,
        hint: `Viết lại dòng này thành: ${NOTES_HEADING}`,
        code: 'notes-heading',
        en: {
          found: `the heading "${line.text}"`,
          expected: `exactly the line "${NOTES_HEADING}" to start the notes on sources (citizens do not see them as guidance)`,
          hint: `Write this line as: "${NOTES_HEADING}"`,
        },
      });
    } else if (seen) {
      problems.push({
        ...at,
        found: `dòng “${NOTES_HEADING}” lần thứ hai`,
        expected: 'một dòng như vậy trong mỗi bản ghi: mọi thứ sau nó là ghi chú',
        hint: 'Gộp các ghi chú vào sau dòng đầu tiên và để hướng dẫn cho người dân ở trước nó; ghi chú không cần tiêu đề riêng.',
        code: 'notes-heading-twice',
        en: {
          found: `the line "${NOTES_HEADING}" a second time`,
          expected: 'one such line per record: everything after it is notes',
          hint: 'Put all notes after the first one and the guidance for citizens before it; the notes need no heading of their own.',
        },
      });
    }
    seen ||= line.exact;
  }
  return problems;
}
