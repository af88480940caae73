/** The site fixture content, loaded once through the real loader for the view-model tests. */
import { loadContent } from '../../src/core/load/load-content.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/model.ts';

let memo: Promise<SiteModel> | undefined;

export function fixtureModel(): Promise<SiteModel> {
  memo ??= loadContent('test/fixtures/site-content').then(({ catalogue, problems }) => {
    if (problems.length > 0) throw new Error(`site fixture has problems: ${JSON.stringify(problems, null, 1)}`);
    return buildSiteModel(catalogue, { contentPath: 'test/fixtures/site-content', siteUrl: 'https://tthc.example/' });
  });
  return memo;
}

export async function entry(id: string) {
  const model = await fixtureModel();
  const found = model.byId.get(id);
  if (!found) throw new Error(`no record ${id} in the site fixture`);
  return { model, entry: found };
}
