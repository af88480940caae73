import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../site/catalogue.ts';
import type { Entry } from '../../../site/model.ts';
import { procedureRecord } from '../../../site/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const model = await getSiteModel();
  return model.entries.map((entry) => ({ params: { id: entry.apiParam }, props: { entry } }));
};

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Entry };
  return new Response(JSON.stringify(procedureRecord(entry), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
