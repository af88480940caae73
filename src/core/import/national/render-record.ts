/** The text of an imported record file: YAML front matter between "---" lines, then the Markdown body. */
import type { NationalRecordData } from '../../schema/national-record.ts';
import { IMPORTED_RECORD, recordFile, toYaml } from '../../yaml/write-yaml.ts';

export function renderRecordFile(data: NationalRecordData, body: string): string {
  return recordFile(toYaml(data, IMPORTED_RECORD), body);
}
