/** The real catalogue (content/): the commune-level list holds no customs or tax procedure (issue 12). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/load/load-content.ts';
import { buildSiteModel, entriesForLevel, otherBodiesAtCommune } from '../../src/site/model.ts';

describe('the commune-level list of the real catalogue', () => {
  it('shows no customs or tax procedure, and lists them under their bodies', async () => {
    const { catalogue, problems } = await loadContent('content');
    expect(problems).toEqual([]);
    const model = buildSiteModel(catalogue, { contentPath: undefined, siteUrl: 'https://x' });
    const commune = entriesForLevel(model, 'xa');
    const taxOrCustoms = commune.filter(
      (e) =>
        ['thue', 'hai-quan'].includes(e.record.data.sector) ||
        (e.record.kind === 'national' && /hải quan|thuế/iu.test(e.record.data.agency_text ?? '')),
    );
    expect(taxOrCustoms.map((e) => e.record.id)).toEqual([]);
    const others = otherBodiesAtCommune(model);
    expect(others.get('hai-quan')!.length).toBeGreaterThan(100);
    expect(others.get('thue')!.length).toBeGreaterThan(100);
    // The "Cấp bộ" driving-licence exchange the provincial and commune police handle is served at both levels.
    expect(model.byId.get('national/3.000347')!.levels).toEqual(['bo', 'tinh', 'xa']);
  }, 60_000);
});
