// @ts-check
// The reference the project's build is compared with: bare Astro over the same records, one page per record
// (title + body), default settings. Run with the project's astro: astro build --root bench/bare-astro.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
