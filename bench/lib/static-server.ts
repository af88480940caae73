/**
 * The one static file server of the project's tools (browser tests, the benchmark, bench:lighthouse): serves a
 * built site on 127.0.0.1 at a free port, like any static host. It gzips text (HTML, JavaScript, CSS, JSON, SVG,
 * XML) for a browser that accepts it (Pagefind's index, fragment and wasm files are compressed by Pagefind itself
 * and go as they are), redirects a folder without its trailing slash, answers a missing page with the site's
 * 404.html, and logs every response's path and bytes: counting here sees the requests of Pagefind's Web Worker,
 * which a page-level CDP session misses.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ServedRequest {
  path: string;
  bytes: number;
}

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT", without a trailing slash. */
  url: string;
  log: ServedRequest[];
  close(): Promise<void>;
}

export async function serveDirectory(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const log: ServedRequest[] = [];
  const send = (req: IncomingMessage, res: ServerResponse, path: string, status: number, file: string, raw: Buffer) => {
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(raw) : raw;
    log.push({ path, bytes: body.length });
    res.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(body);
  };
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        const notFound = join(root, '404.html');
        const page = await readFile(notFound).catch(() => Buffer.from('Not found'));
        send(req, res, path, 404, notFound, page);
        return;
      }
      send(req, res, path, 200, file, await readFile(file));
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
