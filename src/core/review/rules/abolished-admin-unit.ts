import type { RawFinding, Rule } from '../finding.ts';
import { formatDate } from '../../words/format.ts';
import { recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';

/** Per record: the level, locality or body (`agency`, or one of its `desks`) that ended, and when it ended. */
export type AbolishedAdminUnitEvidence = ByRecord<
  | { level: string; until: string }
  | { locality: string; until: string }
  | { agency: string; until: string }
  | { desks: string; until: string }
>;

/**
 * A published record still published for a level, locality or agency (agency or desk) that ended on or before
 * the report date: site.yaml `levels[].until`, localities.yaml `until`, agencies.yaml `until`, or an agency
 * whose level or locality ended (district-level bodies after 2025-07-01).
 */
export const abolishedAdminUnit: Rule<'abolished-admin-unit', AbolishedAdminUnitEvidence> = {
  id: 'abolished-admin-unit',
  severity: 'error',
  description:
    'Bản công bố vẫn gắn với cấp hành chính, đơn vị hành chính hoặc cơ quan đã chấm dứt (ví dụ cấp huyện từ 01/7/2025).',
  words: {
    label: 'Cấp, đơn vị hành chính đã kết thúc',
    reason: 'Từ 01/7/2025 chính quyền địa phương hai cấp; thủ tục cấp huyện không còn thực hiện được như đã công bố.',
    action: 'Bãi bỏ bản công bố của cấp, đơn vị đã kết thúc; công bố lại theo cấp xã hoặc cấp tỉnh.',
  },
  run({ catalogue, today }) {
    const ended = (until: string | undefined): until is string => until !== undefined && until <= today;
    const levels = new Map(catalogue.levels.map((l) => [l.id, l]));
    const findings: RawFinding<AbolishedAdminUnitEvidence>[] = [];
    for (const record of catalogue.records) {
      const add = (field: string, subject: string, message: string, evidence: AbolishedAdminUnitEvidence[string]) =>
        findings.push(
          recordFinding(this, record, {
            field,
            subject,
            message: `${recordName(catalogue, record)} ${message}`,
            evidence: { [record.id]: evidence },
          }),
        );
      const level = levels.get(record.data.level);
      if (level && ended(level.until)) {
        add('level', level.id, `còn công bố ở ${level.name}, cấp này đã kết thúc từ ${formatDate(level.until)}.`, {
          level: level.id,
          until: level.until,
        });
      }
      for (const id of record.data.localities ?? []) {
        const locality = catalogue.localities.get(id);
        if (locality && ended(locality.until)) {
          add(
            'localities',
            id,
            `còn áp dụng cho ${locality.name}, đơn vị này đã chấm dứt từ ${formatDate(locality.until)}.`,
            { locality: id, until: locality.until },
          );
        }
      }
      const bodies: ['agency' | 'desks', string][] = [
        ['agency', record.data.agency],
        ...(record.data.desks ?? []).map((d): ['desks', string] => ['desks', d]),
      ];
      for (const [field, id] of bodies) {
        const agency = catalogue.agencies.get(id);
        if (!agency) continue;
        const agencyLevel = agency.level ? levels.get(agency.level) : undefined;
        const locality = agency.locality ? catalogue.localities.get(agency.locality) : undefined;
        const until = [agency.until, agencyLevel?.until, locality?.until].filter(ended).sort()[0];
        if (until === undefined) continue;
        const role = field === 'agency' ? 'cơ quan thực hiện' : 'nơi tiếp nhận';
        add(
          field,
          id,
          `còn ghi ${role} là ${agency.name}, đã chấm dứt từ ${formatDate(until)}.`,
          field === 'agency' ? { agency: id, until } : { desks: id, until },
        );
      }
    }
    return findings;
  },
};
