import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

/**
 * `npm run format` rewraps the .astro templates. Under the project's Prettier settings it may turn a space into a line
 * break and back, but never add a space where the template had none nor remove one: lines from the site's own
 * templates, too long for 120 columns, keep every word and punctuation mark where it was.
 */
const FILE = 'src/components/Example.astro';
/** Whitespace runs as one space, as the browser reads them; a line break before a tag's `>` is no text at all. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').replace(/ >/g, '>');

async function formatAstro(template: string): Promise<string> {
  const options = await resolveConfig(FILE);
  const source = `---\nconst { view, fee, against, list, decided, formatCount } = Astro.props;\n---\n${template}\n`;
  return format(source, { ...options, filepath: FILE });
}

describe('formatting an .astro template (.prettierrc.json)', () => {
  it.each([
    [
      'a full stop right after the time, in its own element',
      '<p class="lede"><span data-pagefind-ignore>Thời hạn giải quyết theo quy định của thủ tục hành chính này: <strong>{view.time.text}</strong><span class="visually-hidden">.</span> Lệ phí: {fee}.</span></p>',
      '<strong>{view.time.text}</strong><span class="visually-hidden">.</span> Lệ phí: {fee}.</span>',
    ],
    [
      'a word and the expression after it on a long caption',
      '<table><caption class="visually-hidden">So sánh các bản công bố của thủ tục giữa tỉnh và bộ, ngành; dấu ≠ đánh dấu ô {against}</caption></table>',
      'dấu ≠ đánh dấu ô {against}</caption>',
    ],
    [
      'an expression glued to the word before it and a full stop after it',
      '<p class="lede">{formatCount(list.count)} phát hiện, {formatCount(list.open)} chưa xử lý{decided > 0 && `, ${formatCount(decided)} đã có quyết định`}.</p>',
      'chưa xử lý{decided > 0 && `, ${formatCount(decided)} đã có quyết định`}.</p>',
    ],
  ])('keeps %s', async (_, template, kept) => {
    const formatted = await formatAstro(template);
    expect(formatted).not.toBe(template);
    expect(collapse(formatted)).toContain(collapse(kept));
  });
});
