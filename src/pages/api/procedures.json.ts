import type { APIRoute } from 'astro';
import { getSiteModel } from '../../site/catalogue.ts';
import { procedureList } from '../../site/open-data.ts';

export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return new Response(JSON.stringify(procedureList(model), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
