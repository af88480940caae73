import type { RawFinding, Rule } from '../finding.ts';
import { nationalName, recordName, shortTitle } from '../names.ts';
import type { CodeSuggestion } from '../suggest-code.ts';

/** The record's title and local code; the national code suggested for it, if any. */
export interface UngroupedRecordEvidence {
  readonly [recordId: string]: { title: string; local_code: string | null } | CodeSuggestion | null;
  readonly suggested_code: CodeSuggestion | null;
}

/**
 * A published record without `code`: it cannot be grouped with other localities. The code its own text names, or
 * the most similar national title, is suggested, and the review compares the record with that baseline meanwhile.
 */
export const ungroupedRecord: Rule<'ungrouped-record', UngroupedRecordEvidence> = {
  id: 'ungrouped-record',
  severity: 'info',
  description:
    'Bản công bố không có mã thủ tục quốc gia (code) nên không so sánh được với bản quốc gia và các địa phương khác.',
  words: {
    label: 'Chưa có mã thủ tục',
    reason: 'Không có mã thủ tục quốc gia thì không so sánh được với bản quốc gia và các bản khác.',
    action: 'Gắn mã thủ tục quốc gia, hoặc xác định là thủ tục đặc thù của tỉnh.',
  },
  run({ catalogue }, groups) {
    return groups.ungrouped.map((record): RawFinding<UngroupedRecordEvidence> => {
      const suggestion = groups.suggested?.get(record.id);
      const national = suggestion ? catalogue.nationalByCode.get(suggestion.code) : undefined;
      const hint = !suggestion
        ? ''
        : suggestion.reason === 'text'
          ? ` Nội dung của bản công bố nêu mã ${suggestion.code} ("${shortTitle(national!.data.title)}"): đề nghị gắn mã này; rà soát đã đối chiếu với ${nationalName(suggestion.code)}.`
          : ` Tên gần nhất với ${nationalName(suggestion.code)} ("${shortTitle(national!.data.title)}"): đề nghị kiểm tra, gắn mã; rà soát đã đối chiếu với bản này.`;
      return {
        rule: this.id,
        severity: this.severity,
        records: [record.id],
        field: 'code',
        message: `${recordName(catalogue, record)} chưa có mã thủ tục quốc gia.${hint}`,
        evidence: {
          [record.id]: { title: record.data.title, local_code: record.data.local_code ?? null },
          suggested_code: suggestion ?? null,
        },
      };
    });
  },
};
