import { describe, expect, it } from 'vitest';
import { procedureView } from '../../src/site/procedure-view.ts';
import { entry } from './fixture.ts';

describe('procedureView', () => {
  it('puts where to go, how long, how much and online availability in the summary', async () => {
    const { model, entry: e } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    const view = procedureView(model, e);
    expect(view.time.text).toBe('Trong ngày');
    expect(view.fees).toEqual([{ name: 'Lệ phí đăng ký kết hôn', amount: 'Miễn phí' }]);
    expect(view.where[0]).toMatchObject({
      name: 'Bộ phận Một cửa phường Trấn Biên',
      phone: '0251 0000 000',
      url: '/co-quan/mot-cua-phuong-tran-bien/',
    });
    expect(view.decidedBy?.name).toBe('Ủy ban nhân dân xã, phường');
    expect(view.online).toMatchObject({ level: 'partial', label: 'Trực tuyến một phần' });
    expect(view.byChannel).toEqual([{ channel: 'Trực tuyến', time: { text: '1 ngày làm việc' } }]);
    expect(view.scope).toBe('Cấp xã – Phường Trấn Biên');
  });

  it('says how each document is accepted, how many copies, and flags abolished and state-held documents', async () => {
    const { model, entry: e } = await entry('tinh/cap-ban-sao-trich-luc-ho-tich');
    const [form, household] = procedureView(model, e).checklist;
    expect(form).toMatchObject({ form: 'Bản chính hoặc Bản điện tử', copies: 1, presentOnly: false });
    expect(household?.form).toBe('Bản sao kèm bản chính để đối chiếu');
    expect(household?.obsolete).toBe('Sổ hộ khẩu không còn giá trị từ 01/01/2023');
    const { model: m2, entry: e2 } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(procedureView(m2, e2).checklist[1]).toMatchObject({ presentOnly: true, copies: 2, heldByState: true });
  });

  it('marks a superseded legal text and names what replaced it', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-ket-hon');
    const old = procedureView(model, e).legal.find((l) => l.number === '158/2005/NĐ-CP');
    expect(old).toMatchObject({ superseded: true, status: 'Đã bị thay thế' });
    expect(old?.supersededBy).toContain('123/2015/NĐ-CP');
  });

  it('names the texts that amend a cited legal text when legal.yaml records them', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-ket-hon');
    const cited = model.catalogue.legal.get('luat-ho-tich-2014')!;
    const legal = new Map(model.catalogue.legal);
    legal.set('luat-ho-tich-2014', { ...cited, status: 'amended', amended_by: ['nd-123-2015'] });
    const view = procedureView({ ...model, catalogue: { ...model.catalogue, legal } }, e).legal.find(
      (l) => l.number === '60/2014/QH13',
    );
    expect(view?.amendedBy).toEqual(['123/2015/NĐ-CP']);
  });

  it('says what backs a province record; only an official one is "Tỉnh ... công bố", with its decision', async () => {
    const label = async (id: string) => {
      const { model, entry: e } = await entry(id);
      return procedureView(model, e).provenance;
    };
    expect(await label('tinh/cap-the-can-cuoc')).toMatchObject({
      kind: 'official',
      label: 'Tỉnh Đồng Nai công bố',
      decision: { number: '9999/QĐ-UBND', date: '2026-01-05' },
    });
    expect((await label('xa/chung-thuc-ban-sao'))!.label).toBe('Theo bản tổng hợp không chính thức');
    expect((await label('xa/xac-nhan-tinh-trang-hon-nhan'))!.label).toBe(
      'Theo bản quốc gia, chưa có quyết định của tỉnh',
    );
    expect((await label('xa/dang-ky-khai-sinh'))!.label).toBe('Dữ liệu minh họa');
    for (const id of ['xa/chung-thuc-ban-sao', 'xa/xac-nhan-tinh-trang-hon-nhan', 'xa/dang-ky-khai-sinh']) {
      expect((await label(id))!.label).not.toContain('công bố');
    }
    expect(await label('national/1.000894')).toBeUndefined();
  });

  it('shows a national time without a unit as written, saying the unit is missing', async () => {
    const { model, entry: e } = await entry('national/1.001193');
    expect(procedureView(model, e).time.text).toBe('1 (văn bản không ghi đơn vị)');
  });

  it('compares the versions of a procedure and names the columns that differ', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-ket-hon');
    const versions = procedureView(model, e).versions!;
    expect(versions.rows.map((r) => r.label)).toEqual(['Cấp xã', 'Cấp xã – Phường Trấn Biên', 'Bản quốc gia']);
    expect(versions.rows.find((r) => r.current)?.label).toBe('Cấp xã');
    expect(versions.differs).toEqual(['thời hạn giải quyết', 'số giấy tờ phải nộp', 'nộp trực tuyến']);
  });

  it('marks its own row in the comparison on every page of a group, and only that row', async () => {
    const { model, entry: first } = await entry('xa/dang-ky-ket-hon');
    const { entry: second } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    const current = (e: typeof first) =>
      procedureView(model, e)
        .versions!.rows.filter((r) => r.current)
        .map((r) => r.label);
    expect(current(first)).toEqual(['Cấp xã']);
    expect(current(second)).toEqual(['Cấp xã – Phường Trấn Biên']);
    expect(current(first)).toEqual(['Cấp xã']);
  });

  it("calls a locality's own version by its locality and points to the general version for everyone else", async () => {
    const { model, entry: e } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(procedureView(model, e).local).toEqual({
      label: 'bản của Phường Trấn Biên, chỉ áp dụng ở Phường Trấn Biên',
      elsewhere: [{ title: 'Đăng ký kết hôn', url: '/thu-tuc/xa/dang-ky-ket-hon/', label: 'Cấp xã' }],
    });
    const { model: m2, entry: general } = await entry('xa/dang-ky-ket-hon');
    expect(procedureView(m2, general).local).toBeUndefined();
  });

  it("keeps the guidance and the editors' notes of a record apart", async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    const view = procedureView(model, e);
    expect(view.guidanceHtml).toContain('Mang theo bản chính Giấy chứng sinh.');
    expect(view.guidanceHtml).not.toContain('Ghi chú kiểm thử');
    expect(view.notesHtml).toContain('Ghi chú kiểm thử');
  });

  it('has no comparison for a procedure published once', async () => {
    const { model, entry: e } = await entry('xa/chung-thuc-ban-sao');
    expect(procedureView(model, e).versions).toBeUndefined();
  });

  it('renders the body without the raw HTML an editor put in it', async () => {
    const { model, entry: e } = await entry('xa/xac-nhan-tinh-trang-hon-nhan');
    const html = procedureView(model, e).guidanceHtml;
    expect(html).toContain('Câu hướng dẫn trước đoạn mã.');
    expect(html).not.toMatch(/<script|onerror|onmouseover|javascript:|<iframe/);
  });

  it('links to the file to edit when site.yaml names the repository', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    expect(procedureView(model, e).editUrl).toBe(
      'https://example.org/tthc-kb/edit/main/test/fixtures/site-content/procedures/xa/dang-ky-khai-sinh.md',
    );
  });

  it('shows the date the record’s file last changed in the repository, and none when git knows no date', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    const dated = { ...model, lastChanged: new Map([[e.record.file, '2026-11-20']]) };
    expect(procedureView(dated, e).changedAt).toBe('20/11/2026');
    expect(procedureView({ ...model, lastChanged: new Map() }, e).changedAt).toBeUndefined();
  });
});

describe('the comparison of versions', () => {
  it('lists the documents that not every version asks for, using the review’s alignment', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-ket-hon');
    const { documents } = procedureView(model, e).versions!;
    expect(documents).toEqual([
      { name: 'Giấy xác nhận tình trạng hôn nhân', cells: ['Bản chính', 'Không yêu cầu', 'Không yêu cầu'] },
    ]);
  });
});
