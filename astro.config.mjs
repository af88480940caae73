// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Absolute URLs in sitemap.xml and JSON-LD; see docs/site.md.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default ('jsx') drops a line break between inline elements, gluing
  // words ("Đăngký"); `true` removes only whitespace that cannot change the rendering.
  compressHTML: true,
  // No client-side scripts of our own: Pagefind's search UI is the only JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  // The search bundle is written into dist/ after the build (scripts/build-site.ts).
  vite: { build: { assetsInlineLimit: 0 } },
});
