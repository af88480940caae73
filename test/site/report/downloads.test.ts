import { describe, expect, it } from 'vitest';
import { REPORT_WRITERS } from '../../../src/core/report/write-report.ts';
import { downloadInfo, formatBytes } from '../../../src/site/report/downloads.ts';

describe('downloads', () => {
  it('describes every file the review writes, with the media type to send', () => {
    for (const { file } of REPORT_WRITERS) {
      const info = downloadInfo(file);
      expect(info.title, file).not.toBe(file);
      expect(info.type, file).not.toBe('application/octet-stream');
    }
    expect(downloadInfo('report.xlsx').type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('writes sizes the Vietnamese way', () => {
    expect(formatBytes(900)).toBe('900 byte');
    expect(formatBytes(25_897)).toBe('25,3 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
  });
});
