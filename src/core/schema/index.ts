/** The content contract in code (content-model.md). Astro's content config and every tool import from here. */
export * from './primitives.ts';
export * from './processing-time.ts';
export * from './fee.ts';
export * from './document-requirement.ts';
export * from './channels.ts';
export * from './published-record.ts';
export * from './national-record.ts';
export * from './cost-parameters.ts';
export * from './site.ts';
export * from './localities.ts';
export * from './agencies.ts';
export * from './vocabularies.ts';
export * from './synonyms.ts';
