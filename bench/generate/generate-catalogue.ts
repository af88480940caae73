/**
 * A synthetic but realistic content directory of N published records, for scale tests and benchmarks
 * (`npm run gen:catalog`). Pure: it returns file paths and texts; the script writes them. The same seed and N
 * always give byte-identical files, because every random choice comes from a seeded stream per purpose
 * (world, plan, one per code) and nothing depends on time, locale or iteration order of hashed collections.
 */
import { slugify } from '../../src/core/text/slug.ts';
import { buildBaseline, nationalFrontMatter, type Baseline } from './baseline.ts';
import { guidanceBody, nationalBody } from './body.ts';
import { planCodes, type CodePlan } from './plan.ts';
import { draftPublished, type Version } from './published.ts';
import { Random } from './random.ts';
import { GENERATED_AS_OF, PLANTED_RATES, VARIATION_RATES, type PlantedKind } from './rates.ts';
import { buildWorld, type World } from './reference-data.ts';
import { oldToneMarks } from './text-variants.ts';
import { toYaml, type YamlMap } from './yaml-writer.ts';

export interface GenerateOptions {
  /** Number of published records (procedures/**). National records are about a tenth of it. */
  records: number;
  seed: string | number;
}

export interface GeneratedFile {
  /** Relative to the content directory, forward slashes. */
  path: string;
  content: string;
}

export interface GenerationSummary {
  seed: string;
  published: number;
  national: number;
  byLevel: Record<'tinh' | 'huyen' | 'xa', number>;
  /** Published records carrying each planted difference. */
  planted: Record<PlantedKind, number>;
  nfdFiles: number;
  oldToneFiles: number;
}

/** Share of locality versions of a commune-level code published instead for a (former) district. */
const DISTRICT_VERSION_RATE = 0.03;

function recordFile(frontMatter: YamlMap, body: string, rng: Random, summary: GenerationSummary): string {
  let text = `---\n${toYaml(frontMatter, { blockMaps: rng.chance(VARIATION_RATES.blockStyle) })}---\n\n${body}`;
  if (rng.chance(VARIATION_RATES.oldToneMarks)) {
    text = oldToneMarks(text);
    summary.oldToneFiles++;
  }
  if (rng.chance(VARIATION_RATES.nfd)) {
    text = text.normalize('NFD');
    summary.nfdFiles++;
  }
  return text;
}

function versionsOf(plan: CodePlan, world: World, rng: Random): Version[] {
  const versions: Version[] = plan.levels.map((level) => ({ level, kind: 'general' }));
  const extra = plan.records - versions.length;
  if (extra <= 0) return versions;
  if (plan.levels.includes('xa')) {
    let districts = 0;
    for (let i = 0; i < extra; i++)
      if (rng.chance(DISTRICT_VERSION_RATE) && districts < world.districts.length) districts++;
    for (const d of rng.sample(world.districts, districts))
      versions.push({ level: 'huyen', kind: 'district', localities: [d.id] });
    for (const c of rng.sample(world.communes, extra - districts))
      versions.push({ level: 'xa', kind: 'locality', localities: [c.id] });
  } else {
    for (let i = 0; i < extra; i++) {
      const area = rng.sample(world.communes, rng.int(3, 12)).map((c) => c.id);
      versions.push({ level: 'tinh', kind: 'locality', localities: area });
    }
  }
  return versions;
}

function placeName(version: Version, world: World): string {
  if (version.kind === 'general') return version.level === 'tinh' ? 'tại cấp tỉnh' : 'tại Ủy ban nhân dân cấp xã';
  const id = version.localities![0]!;
  const place = [...world.communes, ...world.districts].find((p) => p.id === id);
  return version.level === 'tinh'
    ? `cho một số xã, phường, trong đó có ${place?.name ?? id}`
    : `tại ${place?.name ?? id}`;
}

function folderOf(plan: CodePlan, version: Version): string {
  if (version.kind === 'general' || version.level === 'tinh') return `procedures/${version.level}/${plan.sector.id}`;
  return `procedures/${version.level}/${version.localities![0]}`;
}

export function generateCatalogue(options: GenerateOptions): {
  files: Generator<GeneratedFile>;
  summary: GenerationSummary;
} {
  const seed = String(options.seed);
  const summary: GenerationSummary = {
    seed,
    published: 0,
    national: 0,
    byLevel: { tinh: 0, huyen: 0, xa: 0 },
    planted: Object.fromEntries(Object.keys(PLANTED_RATES).map((k) => [k, 0])) as Record<PlantedKind, number>,
    nfdFiles: 0,
    oldToneFiles: 0,
  };
  const world = buildWorld(new Random(seed, 'world'));
  const plans = planCodes(options.records, new Random(seed, 'plan'));
  const refsBySector = new Map(world.sectors.map((r) => [r.sector.id, r]));

  function* files(): Generator<GeneratedFile> {
    yield* world.files;
    const usedPaths = new Set<string>();
    const uniquePath = (folder: string, slug: string) => {
      let path = `${folder}/${slug}.md`;
      for (let i = 2; usedPaths.has(path); i++) path = `${folder}/${slug}-${i}.md`;
      usedPaths.add(path);
      return path;
    };
    for (const plan of plans) {
      const rng = new Random(seed, 'code', plan.index);
      const baseline: Baseline = buildBaseline(plan, refsBySector.get(plan.sector.id)!, world, rng);
      summary.national++;
      yield {
        path: `national/${plan.sector.ministry}/${plan.code}.md`,
        content: recordFile(nationalFrontMatter(baseline, rng), nationalBody(baseline), rng, summary),
      };
      const slug = slugify(plan.title, { maxLength: 70 });
      for (const version of versionsOf(plan, world, rng)) {
        const draft = draftPublished(baseline, version, world, rng);
        for (const kind of draft.planted) summary.planted[kind]++;
        summary.published++;
        summary.byLevel[version.level]++;
        yield {
          path: uniquePath(folderOf(plan, version), slug),
          content: recordFile(
            draft.frontMatter,
            guidanceBody(baseline, draft.facts, rng, placeName(version, world)),
            rng,
            summary,
          ),
        };
      }
    }
    yield { path: 'README.md', content: readme(summary, options.records) };
  }
  return { files: files(), summary };
}

function readme(summary: GenerationSummary, records: number): string {
  const rows = (Object.keys(PLANTED_RATES) as PlantedKind[]).map(
    (k) => `| ${k} | ${PLANTED_RATES[k]} | ${summary.planted[k]} |`,
  );
  return [
    '# Generated catalogue (synthetic data)',
    '',
    `Generated by \`npm run gen:catalog -- --records ${records} --seed ${summary.seed}\`. Every record is marked`,
    '`demo: true`: the records, place names and legal texts numbered 9xx are invented; titles, document names and',
    'steps are recombined from wording used in the national TTHC database. Do not publish this as real data.',
    '',
    `- published records: ${summary.published} (tinh ${summary.byLevel.tinh}, huyen ${summary.byLevel.huyen}, xa ${summary.byLevel.xa})`,
    `- national records: ${summary.national}`,
    `- files in NFD: ${summary.nfdFiles}; files with old tone marks: ${summary.oldToneFiles}`,
    `- review dates count from ${GENERATED_AS_OF}`,
    '',
    '| planted difference | rate | records |',
    '| --- | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
