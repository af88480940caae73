/**
 * content/localities.yaml against the Đồng Nai rows of shared/data/admin-units-2025/data.csv (copied into
 * test/fixtures/admin-units-2025-dong-nai.csv): the 95 current communes and wards are the same units, and each
 * lists the former units merged into it, with their types.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localitiesSchema } from '../../../src/core/schema/localities.ts';

const CSV = readFileSync(new URL('../../fixtures/admin-units-2025-dong-nai.csv', import.meta.url), 'utf8');
const localities = localitiesSchema.parse(
  parse(readFileSync(new URL('../../../content/localities.yaml', import.meta.url), 'utf8')),
);

/** "Đồng Nai,An Lộc,\"Phường Phú Thịnh, Xã Thanh Phú\"" -> ["An Lộc", ["Phường Phú Thịnh", "Xã Thanh Phú"]]. */
function rows(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of CSV.trim().split('\n').slice(1)) {
    const m = /^Đồng Nai,([^,]+),(?:"(.*)"|(.*))$/u.exec(line.normalize('NFC'));
    if (!m) throw new Error(`unreadable row: ${line}`);
    const former = (m[2] ?? m[3])!;
    out.set(m[1]!, former === 'Không sáp nhập' ? [] : former.split(',').map((s) => s.trim()));
  }
  return out;
}

describe('localities.yaml and the 2025 administrative units', () => {
  const communes = localities.communes ?? [];
  const data = rows();

  it('has the same 95 communes and wards as the data set', () => {
    expect(data.size).toBe(95);
    expect(communes).toHaveLength(95);
    const names = communes.map((c) => c.name.replace(/^(?:Phường|Xã) /u, '')).sort();
    expect(names).toEqual([...data.keys()].sort());
  });

  it('gives every one its former units, names and types as the data set says', () => {
    for (const c of communes) {
      const expected = data.get(c.name.replace(/^(?:Phường|Xã) /u, ''))!;
      expect(c.formerly, c.id).toBeDefined();
      expect(
        c.formerly!.map((f) => f.name),
        c.id,
      ).toEqual(expected);
      for (const f of c.formerly!) {
        const type = f.name.startsWith('Phường ') ? 'phuong' : f.name.startsWith('Thị trấn ') ? 'thi-tran' : 'xa';
        expect(f.type, f.name).toBe(type);
      }
    }
    // Counted on the data set: 7 units were not merged; the 88 others replace 264 former units.
    expect(communes.filter((c) => c.formerly!.length === 0)).toHaveLength(7);
    expect(communes.reduce((n, c) => n + c.formerly!.length, 0)).toBe(264);
  });
});
