/** fast-check generators of record parts that move the cost: documents, channels, fees, volume. */
import fc from 'fast-check';
import { DOCUMENT_FORMS, type DocumentRequirement, type Fee } from '../../../../src/core/schema/index.ts';
import type { PublishedRecord } from '../../../../src/core/catalogue/types.ts';
import { published } from './make-records.ts';

const form = fc.constantFrom(...DOCUMENT_FORMS);

export const documentArb: fc.Arbitrary<DocumentRequirement> = fc.record(
  {
    name: fc.constantFrom('Tờ khai', 'Giấy chứng sinh', 'Căn cước', 'Giấy chứng nhận quyền sử dụng đất'),
    form: fc.oneof(form, fc.uniqueArray(form, { minLength: 1, maxLength: 3 })),
    copies: fc.integer({ min: 1, max: 3 }),
    when: fc.constantFrom('Trường hợp ủy quyền', ''),
  },
  { requiredKeys: ['name', 'form'] },
);

export const feeArb: fc.Arbitrary<Fee> = fc.oneof(
  fc.record({ name: fc.constant('Lệ phí'), amount: fc.integer({ min: 0, max: 2_000_000 }) }),
  fc.record({
    name: fc.constant('Phí theo HĐND'),
    amount: fc.constant(null),
    note: fc.constant('Theo Nghị quyết HĐND tỉnh'),
  }),
);

export const channelsArb = fc.record({
  in_person: fc.boolean(),
  postal: fc.boolean(),
  online: fc.constantFrom('none' as const, 'partial' as const, 'full' as const),
});

export function recordArb(id: string): fc.Arbitrary<PublishedRecord> {
  return fc
    .record(
      {
        documents: fc.array(documentArb, { maxLength: 6 }),
        fees: fc.array(feeArb, { maxLength: 3 }),
        channels: channelsArb,
        dossier_sets: fc.integer({ min: 1, max: 3 }),
        annual_volume: fc.integer({ min: 0, max: 50_000 }),
      },
      { requiredKeys: ['documents', 'fees', 'channels'] },
    )
    .map((data) => published(id, { code: '1.001193', ...data }));
}

/** A group of 1-5 records sharing a code, with distinct ids. */
export const groupArb: fc.Arbitrary<PublishedRecord[]> = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => recordArb(`xa/khai-sinh-${i}`))));
