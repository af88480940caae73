/** The text of an imported record file: YAML front matter between "---" lines, then the Markdown body. */
import type { NationalRecordData } from '../../schema/national-record.ts';
import { stringifyYaml } from './render-yaml.ts';

export function renderRecordFile(data: NationalRecordData, body: string): string {
  const front = `---\n${stringifyYaml(data)}---\n`;
  return body.trim() === '' ? front : `${front}\n${body.trim()}\n`;
}
