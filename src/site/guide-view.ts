/**
 * What a life-event guide page shows: the editor's prose and numbered steps, each step's procedure facts (time,
 * fees, where, online) computed by procedureView, the code the procedure page uses, so the guide and the page never
 * disagree. A step citing a national code shows the province's general version when there is one, else the national
 * record, and says so.
 */
import type { Guide } from '../core/guides/load-guides.ts';
import { NATIONAL_CODE } from '../core/guides/components.ts';
import { renderBody } from '../core/markdown/render-body.ts';
import type { GuideStep } from '../core/guides/parse-guide.ts';
import { GUIDE_WORDS, formatDate, joinVi } from './labels.ts';
import { levelEnded, type Entry, type SiteModel } from './model.ts';
import { procedureView, type PlaceView } from './procedure-view.ts';
import type { FeeView, TimeView } from './time-and-fees.ts';
import { editUrl } from './urls.ts';

export interface StepProcedureView {
  title: string;
  url: string;
  code?: string;
  time: TimeView;
  fees: FeeView[];
  where: PlaceView[];
  /** The hotline an office without a known address points to. */
  hotline: string;
  online: { label: string; url?: string };
  /** Whose version the facts are from, in one sentence. */
  source: string;
  kind: 'published' | 'national';
  /** The province's other versions (a commune's own, another level), linked. */
  otherVersions: { name: string; url: string }[];
}

export interface StepView {
  title: string;
  bodyHtml: string;
  procedure?: StepProcedureView;
}

export interface NumberedStepView {
  number: number;
  join?: 'hoac' | 'va';
  steps: StepView[];
}

/** Prose, or a run of consecutive numbered steps (one <ol>). */
export type GuideItemView =
  { kind: 'prose'; html: string } | { kind: 'steps'; start: number; steps: NumberedStepView[] };

export interface GuideView {
  id: string;
  title: string;
  eventName: string;
  description?: string;
  items: GuideItemView[];
  changedAt?: string;
  editUrl?: string;
}

export function guideView(model: SiteModel, guide: Guide, today: string): GuideView {
  const event = model.catalogue.lifeEvents.get(guide.id);
  const eventName = event?.name ?? guide.id;
  let number = 0;
  const items: GuideItemView[] = [];
  for (const block of guide.blocks) {
    if (block.kind === 'prose') {
      items.push({ kind: 'prose', html: renderBody(block.markdown, { topHeading: 2 }) });
      continue;
    }
    const step: NumberedStepView = {
      number: ++number,
      ...(block.join ? { join: block.join } : {}),
      steps: block.steps.map((s) => stepView(model, s, today)),
    };
    const last = items.at(-1);
    if (last?.kind === 'steps') last.steps.push(step);
    else items.push({ kind: 'steps', start: step.number, steps: [step] });
  }
  const edit = editUrl(model.catalogue.site.repository, model.catalogue.site.branch, model.contentPath, guide.file);
  const changed = model.lastChanged.get(guide.file);
  return {
    id: guide.id,
    title: GUIDE_WORDS.pageTitle(eventName),
    eventName,
    ...(event?.description ? { description: event.description } : {}),
    items,
    ...(changed ? { changedAt: formatDate(changed) } : {}),
    ...(edit ? { editUrl: edit } : {}),
  };
}

function stepView(model: SiteModel, step: GuideStep, today: string): StepView {
  const chosen = step.procedure ? chooseEntry(model, step.procedure, today) : undefined;
  const body = renderBody(step.markdown, { topHeading: 4 });
  if (!chosen) return { title: step.title ?? step.procedure ?? '', bodyHtml: body };
  const view = procedureView(model, chosen.entry);
  const province = model.catalogue.site.province.name;
  return {
    title: step.title ?? view.title,
    bodyHtml: body,
    procedure: {
      title: view.title,
      url: chosen.entry.url,
      ...(view.code ? { code: view.code } : {}),
      time: view.time,
      fees: view.fees,
      where: view.where,
      hotline: view.hotline,
      online: { label: view.online.label, ...(view.online.url ? { url: view.online.url } : {}) },
      kind: view.kind,
      source: view.kind === 'published' ? GUIDE_WORDS.province(province) : GUIDE_WORDS.nationalOnly(province),
      otherVersions: chosen.others.map((e) => ({ name: versionName(model, e), url: e.url })),
    },
  };
}

/**
 * The entry whose facts a step shows. A record id names one record. A national code: the province's general
 * version (every commune, a level still open), else the national record, else a commune's own version.
 */
export function chooseEntry(
  model: SiteModel,
  procedure: string,
  today: string,
): { entry: Entry; others: Entry[] } | undefined {
  if (!NATIONAL_CODE.test(procedure)) {
    const entry = model.byId.get(procedure);
    return entry ? { entry, others: [] } : undefined;
  }
  const group = model.byCode.get(procedure) ?? [];
  const open = group.filter((e) => e.record.kind === 'published' && !levelEnded(model, e.levels[0]!, today));
  const general = open.filter((e) => e.record.kind === 'published' && !e.record.data.localities?.length);
  const entry = general[0] ?? group.find((e) => e.record.kind === 'national') ?? open[0];
  return entry ? { entry, others: open.filter((e) => e !== entry) } : undefined;
}

function versionName(model: SiteModel, entry: Entry): string {
  const record = entry.record;
  if (record.kind !== 'published') return entry.title;
  const level = model.catalogue.levels.find((l) => l.id === record.data.level)?.name ?? record.data.level;
  const places = (record.data.localities ?? []).map((id) => model.catalogue.localities.get(id)?.name ?? id);
  return places.length > 0 ? joinVi(places) : level;
}
