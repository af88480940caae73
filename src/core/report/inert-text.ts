/**
 * Text from content made inert in the report files. Record titles, notes and decision notes come from pull
 * requests, so a report opened in Excel, LibreOffice, Word or on GitHub must show them, never act on them.
 */

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone
 * surrogates). One of them in a cell or a run makes Excel and Word refuse the whole file as corrupt.
 */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * A CSV cell a spreadsheet would read as a formula (OWASP "CSV injection": a leading `=`, `+`, `-`, `@`, tab or
 * carriage return) gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
 */
export function csvInert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Text for Markdown rendered on GitHub: `&`, `<` and `>` escaped, so HTML in a title shows as written. */
export function markdownInert(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
