/** One record of the crawled national TTHC database, as stored in `records/<ministry>/<code>.json`. */
export const RAW_FIELDS = [
  'ma_thu_tuc',
  'detail_url',
  'ten_thu_tuc',
  'so_quyet_dinh',
  'cap_thuc_hien',
  'loai_thu_tuc',
  'linh_vuc',
  'doi_tuong_thuc_hien',
  'co_quan_co_tham_quyen',
  'dia_chi_tiep_nhan',
  'trinh_tu_thuc_hien',
  'cach_thuc_thuc_hien',
  'thanh_phan_ho_so',
  'can_cu_phap_ly',
  'co_quan_thuc_hien',
  'yeu_cau_dieu_kien',
  'ket_qua_xu_ly',
] as const;

export type RawField = (typeof RAW_FIELDS)[number];
export type RawNationalRecord = Record<RawField, string>;

/**
 * Reads the parsed JSON of one file. Every field the importer uses becomes a string ('' when absent or
 * not a string), so that one odd field never stops a record. Returns null when the value is not an object.
 */
export function toRawRecord(json: unknown): RawNationalRecord | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const source = json as Record<string, unknown>;
  const record = {} as RawNationalRecord;
  for (const field of RAW_FIELDS) {
    const value = source[field];
    record[field] = typeof value === 'string' ? value : '';
  }
  return record;
}
