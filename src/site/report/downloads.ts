/**
 * The report files offered for download: exactly what `npm run report` writes (REPORT_WRITERS), with words for
 * the page and the media type the server should send. A writer added later is still offered, under its name.
 */
export interface DownloadInfo {
  title: string;
  description: string;
  type: string;
}

const INFO: Readonly<Record<string, DownloadInfo>> = {
  'report.xlsx': {
    title: 'Bảng tính (Excel)',
    description:
      'Tổng hợp, danh sách phát hiện, các bản công bố của từng nhóm đặt cạnh nhau, chi phí tuân thủ và cách tính, tham số chi phí.',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  'report.docx': {
    title: 'Dự thảo phương án đơn giản hóa (Word)',
    description:
      'Phương án đơn giản hóa thủ tục hành chính theo từng lĩnh vực: nội dung, lý do, kiến nghị thực thi, lợi ích; để Văn phòng chỉnh sửa.',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'findings.csv': {
    title: 'Danh sách phát hiện (CSV)',
    description: 'Mỗi dòng một phát hiện, tiêu đề cột tiếng Việt, mã hóa UTF-8; mở được bằng Excel hoặc LibreOffice.',
    type: 'text/csv; charset=utf-8',
  },
  'findings.json': {
    title: 'Dữ liệu phát hiện (JSON)',
    description:
      'Số liệu tổng hợp, mọi phát hiện với bằng chứng và chi phí, các quyết định không còn khớp; cho phần mềm khác đọc.',
    type: 'application/json; charset=utf-8',
  },
  'report.md': {
    title: 'Tóm tắt (Markdown)',
    description: 'Số liệu chính, các phát hiện chưa xử lý đầu tiên và các khoản tiết kiệm lớn nhất.',
    type: 'text/markdown; charset=utf-8',
  },
};

export function downloadInfo(file: string): DownloadInfo {
  return INFO[file] ?? { title: file, description: '', type: 'application/octet-stream' };
}

/** 12345 -> "12,1 KB"; below 1 KB in bytes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte`;
  const [value, unit] = n < 1024 * 1024 ? [n / 1024, 'KB'] : [n / (1024 * 1024), 'MB'];
  return `${String(Math.round(value * 10) / 10).replace('.', ',')} ${unit}`;
}
