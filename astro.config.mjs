// @ts-check
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/site/pagefind-integration.ts';
import { configuredSiteUrl } from './src/site/site-url.ts';

export default defineConfig({
  // Absolute URLs in canonical links, sitemap.xml and JSON-LD: SITE_URL, required by a build; see docs/site.md.
  site: configuredSiteUrl(process.env, process.argv),
  output: 'static',
  // Pages live at /path/ (build.format 'directory'); the preview server also answers /path.
  trailingSlash: 'ignore',
  // One stylesheet file, cached across pages, rather than a copy inlined in each.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default ('jsx') drops a line break between inline elements, gluing
  // words ("Đăngký"); `true` removes only whitespace that cannot change the rendering. Prettier formats the
  // .astro files by the same rule (astroCompressHTML "html" in .prettierrc.json): change the two together.
  compressHTML: true,
  // No client-side scripts of our own: Pagefind's search UI is the only JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  // The Pagefind index is written by `astro build` itself (src/site/pagefind-integration.ts).
  // No mdx(): life-event guides (content/guides/*.mdx) arrive in pull requests, and compiled MDX runs at build
  // time; the loader parses them into a tree instead (src/core/guides/), see docs/content-model.md "Guides".
  integrations: [searchIndex()],
});
