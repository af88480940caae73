import { describe, expect, it } from 'vitest';
import { agencyContactMissing } from '../../../../src/core/review/rules/agency-contact-missing.ts';
import { runRule } from '../content.ts';

describe('agency-contact-missing', () => {
  it('gives one warning per agency entry without address or phone, whatever the number of records using it', async () => {
    const findings = await runRule(agencyContactMissing, {
      agencies: [
        {
          id: 'van-phong-dang-ky-dat-dai',
          name: 'Văn phòng Đăng ký đất đai tỉnh Đồng Nai',
          level: 'tinh',
          address: 'Số 2A, đường Phạm Văn Khoai, phường Tam Hiệp',
        },
        { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã, phường', level: 'xa' },
      ],
      records: {
        'tinh/a': { level: 'tinh', agency: 'van-phong-dang-ky-dat-dai' },
        'tinh/b': { level: 'tinh', agency: 'van-phong-dang-ky-dat-dai', code: '2.000635' },
      },
      national: { '1.001193': {}, '2.000635': {} },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      keyOwner: 'agency/van-phong-dang-ky-dat-dai',
      records: ['tinh/a', 'tinh/b'],
    });
    expect(findings[0]!.message).toBe(
      'Văn phòng Đăng ký đất đai tỉnh Đồng Nai chưa có số điện thoại (2 thủ tục hướng người dân đến cơ quan này).',
    );
  });

  it('does not ask one address of a commune-level body that stands for every commune, but says the communes have none', async () => {
    const findings = await runRule(agencyContactMissing, {
      agencies: [{ id: 'ubnd-xa', name: 'Ủy ban nhân dân xã, phường', level: 'xa' }],
      records: { 'xa/a': {} },
    });
    expect(findings.map((f) => [f.severity, f.keyOwner])).toEqual([['info', 'agency/ubnd-xa']]);
    expect(findings[0]!.message).toBe(
      'Ủy ban nhân dân xã, phường là cơ quan chung của 2 xã, phường: chưa có địa chỉ, số điện thoại của từng nơi (0 nơi có), nên người dân không biết nộp hồ sơ ở đâu (1 thủ tục).',
    );
  });

  it('is silent for the commune-level body once every commune has its own entry with an address', async () => {
    const findings = await runRule(agencyContactMissing, {
      agencies: [
        { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã, phường', level: 'xa' },
        {
          id: 'ubnd-tran-bien',
          name: 'Ủy ban nhân dân phường Trấn Biên',
          locality: 'tran-bien',
          address: '1 Đường A',
          phone: '0251 000 001',
        },
        {
          id: 'ubnd-phuoc-binh',
          name: 'Ủy ban nhân dân phường Phước Bình',
          locality: 'phuoc-binh',
          address: '2 Đường B',
          phone: '0271 000 002',
        },
      ],
      records: { 'xa/a': {} },
    });
    expect(findings).toEqual([]);
  });
});
