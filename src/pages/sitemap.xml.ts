import type { APIRoute } from 'astro';
import { getSiteModel } from '../site/catalogue.ts';
import { sitemapXml } from '../site/open-data.ts';
import { sitePaths } from '../site/page-index.ts';

export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return new Response(sitemapXml(model.siteUrl, sitePaths(model)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
