// BENCH_CONTENT_DIR: the generated content directory (scripts/bench.ts sets it).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_CONTENT_DIR;
if (!base) throw new Error('Set BENCH_CONTENT_DIR to a content directory (see scripts/bench.ts).');

export const collections = {
  records: defineCollection({ loader: glob({ pattern: ['procedures/**/*.md', 'national/**/*.md'], base }) }),
};
