import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/site/model.ts';
import { guideView, type GuideItemView, type StepView } from '../../src/site/guide-view.ts';
import { procedureView } from '../../src/site/procedure-view.ts';
import { fixtureModel } from './fixture.ts';

const TODAY = '2026-11-26';

/** The numbered steps of a guide view, each as its list of options. */
const steps = (items: GuideItemView[]): StepView[][] =>
  items.flatMap((i) => (i.kind === 'steps' ? i.steps.map((s) => s.steps) : []));

describe('guideView', () => {
  it("shows each step's facts as the procedure page computes them, the province's general version first", async () => {
    const model = await fixtureModel();
    const view = guideView(model, model.catalogue.guides!.get('ket-hon')!, TODAY);
    expect(view.title).toBe('Kết hôn: từng bước');
    const [first, second] = steps(view.items);
    expect(first!.map((s) => s.title)).toEqual(['Xin giấy xác nhận tình trạng hôn nhân']);
    const [general, ownWard] = second!;
    const page = procedureView(model, model.byId.get('xa/dang-ky-ket-hon')!);
    expect(general!.procedure).toMatchObject({
      url: '/thu-tuc/xa/dang-ky-ket-hon/',
      kind: 'published',
      time: page.time,
      fees: page.fees,
      where: page.where,
      source: 'Theo bản của tỉnh Đồng Nai.',
    });
    expect(general!.procedure!.time.text).toBe('3 ngày làm việc');
    // The commune's own version is offered, not chosen; a record id names exactly that record.
    expect(general!.procedure!.otherVersions).toEqual([
      { name: 'Phường Trấn Biên', url: '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/' },
    ]);
    expect(ownWard!.procedure!.url).toBe('/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/');
    expect(view.items[0]).toEqual({ kind: 'prose', html: expect.stringContaining('<strong>có định dạng</strong>') });
  });

  it('says when only the national version exists', async () => {
    const model = await fixtureModel();
    const { catalogue } = model;
    const without = buildSiteModel(
      { ...catalogue, records: catalogue.records.filter((r) => r.data.code !== '1.000894') },
      { contentPath: undefined, siteUrl: model.siteUrl },
    );
    const guide = {
      ...catalogue.guides!.get('ket-hon')!,
      blocks: catalogue.guides!.get('ket-hon')!.blocks.slice(2, 3),
    };
    const [[general]] = steps(guideView(without, guide, TODAY).items) as [[StepView]];
    expect(general.procedure).toMatchObject({
      url: '/quoc-gia/1-000894/',
      kind: 'national',
      source: 'Tỉnh Đồng Nai chưa có bản riêng cho thủ tục này: số liệu theo bản trong Cơ sở dữ liệu quốc gia.',
    });
    expect(general.procedure!.time.text).toBe('Trong ngày');
  });
});
