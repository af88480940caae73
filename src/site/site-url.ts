/**
 * The site's public origin, for canonical links, sitemap.xml and JSON-LD. A production build must be told it
 * (SITE_URL): a default would publish links to localhost. A local build says so (`npm run build:local`), and
 * its links point to where `npm run serve` serves it.
 */

/** Where `npm run serve` and `npm run dev` serve the site, and the address of a local build. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** The one line a build without SITE_URL stops with. */
export const MISSING_SITE_URL =
  "SITE_URL is not set: a public build needs the site's address for canonical links and the sitemap (SITE_URL=https://thutuc.example.vn npm run build); to look at the site on this machine, run npm run build:local.";

/** SITE_URL when it is an http(s) address, else a one-line reason it is not. */
export function readSiteUrl(value: string | undefined): { url: string } | { error: string } {
  if (value === undefined || value.trim() === '') return { error: MISSING_SITE_URL };
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return { url: url.href.replace(/\/+$/, '') };
  } catch {
    // reported below
  }
  return { error: `SITE_URL "${value}" is not an http(s) address such as https://thutuc.example.vn.` };
}

/**
 * The origin Astro's config uses: SITE_URL, required when building; the local address for dev, preview and
 * check. A build without it prints one line and stops (exit 2) instead of a stack trace.
 */
export function configuredSiteUrl(env: NodeJS.ProcessEnv, argv: readonly string[]): string {
  const building = argv[2] === 'build';
  if (!building && !env.SITE_URL) return LOCAL_SITE_URL;
  const read = readSiteUrl(env.SITE_URL);
  if ('url' in read) return read.url;
  console.error(`[build] ${read.error}`);
  process.exit(2);
}
