/** One raw national record -> the front matter and Markdown body of `national/<ministry>/<code>.md`. */
import type { NationalRecordData } from '../../schema/national-record.ts';
import { normalizeInline } from '../../text/normalize.ts';
import { readChannelTable, type ChannelRow } from './channel-table.ts';
import { readChannelFields } from './channels.ts';
import { readDocuments } from './documents.ts';
import { readLegalBasis } from './legal-basis.ts';
import { isNoInformation } from './portal-text.ts';
import type { RawNationalRecord } from './raw-record.ts';
import { readResults } from './results.ts';
import { readAgencyText, readConditions, readLevels, readSubjects, readTitle, sectorId } from './simple-fields.ts';
import { readSteps } from './steps.ts';
import { Warnings, type ImportWarning } from './warnings.ts';

export const PORTAL_TITLE = 'Cổng Dịch vụ công quốc gia';
export const NO_SUBJECT = 'Không có thông tin';
const NO_SECTOR = { id: 'chua-co-linh-vuc', name: 'Chưa có thông tin lĩnh vực' };

export interface MappedRecord {
  data: NationalRecordData;
  body: string;
  sector: { id: string; name: string };
  warnings: ImportWarning[];
}

export function mapRecord(raw: RawNationalRecord): MappedRecord {
  const warnings = new Warnings();
  const code = normalizeInline(raw.ma_thu_tuc);
  const decision = normalizeInline(raw.so_quyet_dinh);
  const sectorName = normalizeInline(raw.linh_vuc);
  const sector =
    sectorName === '' || sectorId(sectorName) === '' ? NO_SECTOR : { id: sectorId(sectorName), name: sectorName };
  if (sector === NO_SECTOR) warnings.add('sector_missing');

  let subjects = readSubjects(raw.doi_tuong_thuc_hien);
  if (subjects.length === 0) {
    warnings.add('subjects_missing');
    subjects = [NO_SUBJECT];
  }
  const table = readChannelTable(raw.cach_thuc_thuc_hien);
  const channelFields = readChannelFields(table, warnings);
  const documents = readDocuments(raw.thanh_phan_ho_so, warnings);
  const steps = readSteps(raw.trinh_tu_thuc_hien);
  if (steps.length === 0) warnings.add('steps_missing');
  const results = readResults(raw.ket_qua_xu_ly, warnings);
  const legal = readLegalBasis(raw.can_cu_phap_ly, warnings);
  const conditions = readConditions(raw.yeu_cau_dieu_kien);
  const agencyText = readAgencyText(raw.co_quan_thuc_hien);
  const procedureType = normalizeInline(raw.loai_thu_tuc);
  const url = normalizeInline(raw.detail_url);

  // The content model's order; the writer keeps it whatever this one (NATIONAL_RECORD_KEYS, core/yaml/record-keys.ts).
  const data: NationalRecordData = {
    code,
    title: readTitle(raw.ten_thu_tuc),
    levels: readLevels(raw.cap_thuc_hien).levels,
    sector: sector.id,
    ...(agencyText !== undefined && { agency_text: agencyText }),
    ...(procedureType !== '' && !isNoInformation(procedureType) && { procedure_type: procedureType }),
    ...(decision !== '' && { decision }),
    subjects,
    processing_time: channelFields.processing_time,
    fees: channelFields.fees,
    documents: documents.documents,
    steps,
    channels: channelFields.channels,
    ...(channelFields.by_channel !== undefined && { by_channel: channelFields.by_channel }),
    result: results.result,
    ...(results.codes.length > 0 && { result_codes: results.codes }),
    ...(conditions !== undefined && { conditions }),
    ...(documents.forms.length > 0 && { forms: documents.forms.map((name) => ({ name })) }),
    legal_basis: legal.refs,
    sources: [
      /^https?:\/\//u.test(url) ? { title: PORTAL_TITLE, url } : { title: PORTAL_TITLE },
      ...(decision !== '' ? [{ title: `Quyết định ${decision}` }] : []),
    ],
  };
  const body = renderBody(documents.notes, table.rows, legal.unread, warnings);
  return { data, body, sector, warnings: warnings.list };
}

/** The Markdown body: what the front matter cannot hold, kept for editors and the review. */
function renderBody(documentNotes: string[], rows: ChannelRow[], legalUnread: string, warnings: Warnings): string {
  const sections: string[] = [];
  if (documentNotes.length > 0) {
    sections.push(section('Lưu ý về hồ sơ', documentNotes.map(escapeMarkdown)));
  }
  const repeated = warnings.list.some((w) => w.kind === 'duplicate_channel_row');
  if (rows.some((r) => r.description !== '') || repeated) {
    sections.push(
      section(
        'Cách thức thực hiện theo CSDL quốc gia',
        rows.map((r) => {
          const fee = escapeMarkdown(r.feeNote === '' ? r.fee : `${r.fee} (${r.feeNote})`);
          const description = r.description === '' ? '' : ` Mô tả: ${escapeMarkdown(r.description)}`;
          return `**${r.channelText}** — thời hạn: ${escapeMarkdown(r.time)}; phí, lệ phí: ${fee}.${description}`;
        }),
      ),
    );
  }
  if (legalUnread !== '') {
    sections.push(section('Căn cứ pháp lý chưa đọc được số hiệu', [escapeMarkdown(legalUnread)]));
  }
  return sections.join('\n\n');
}

/** A heading and a list of items already written in Markdown. */
function section(heading: string, items: string[]): string {
  return [`## ${heading}`, '', ...items.map((item) => `- ${item}`)].join('\n');
}

/** Portal text is plain: characters that Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}
