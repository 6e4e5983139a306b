/**
 * A static host for dist/, as the benchmark measures it: compressed (each file once per
 * encoding, as a host that pre-compresses at deploy would), cached with ETags, trailing-slash
 * redirects and a real 404. What to answer is decided by the pure rules in static-host.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { cacheControlFor, chooseEncoding, contentTypeFor, isCompressible, resolveRequest, type Encoding } from './static-host.ts';

export interface Host {
  origin: string;
  /** The compressions the host offers; the measurement switches between gzip only and both. */
  offer: Encoding[];
  close(): Promise<void>;
}

/** Serves `folder` under the base path `base` on 127.0.0.1:`port` (0: any free port). */
export async function startHost(folder: string, port: number, base: string, log: (message: string) => void): Promise<Host> {
  const lookup = (path: string) => {
    try {
      const stat = statSync(join(folder, path));
      return stat.isFile() ? ('file' as const) : stat.isDirectory() ? ('dir' as const) : undefined;
    } catch {
      return undefined;
    }
  };
  const encoded = new Map<string, { body: Buffer; etag: string }>();
  const bodyOf = (file: string, encoding: Encoding | 'identity') => {
    const key = `${encoding}:${file}`;
    let entry = encoded.get(key);
    if (!entry) {
      const raw = readFileSync(join(folder, file));
      const body =
        encoding === 'br'
          ? brotliCompressSync(raw, {
              params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length },
            })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      const hash = createHash('sha256').update(raw).digest('base64url').slice(0, 16);
      entry = { body, etag: `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"` };
      encoded.set(key, entry);
    }
    return entry;
  };

  const host: Host = { origin: '', offer: ['br', 'gzip'], close: async () => undefined };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    const resolution = resolveRequest(url.pathname, url.search, base, lookup);
    if (resolution.status === 301) {
      response.writeHead(301, { Location: resolution.location, 'Cache-Control': 'public, max-age=3600', 'Content-Length': 0 }).end();
      return;
    }
    const file = resolution.status === 200 ? resolution.file : '404.html';
    if (lookup(file) !== 'file') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Not found\n');
      return;
    }
    const contentType = contentTypeFor(file);
    const compressible = isCompressible(contentType);
    const encoding = compressible ? chooseEncoding(request.headers['accept-encoding'], host.offer) : 'identity';
    const { body, etag } = bodyOf(file, encoding);
    const headers: Record<string, string | number> = {
      'Content-Type': contentType,
      'Cache-Control': resolution.status === 200 ? cacheControlFor(file) : 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    if (compressible) headers['Vary'] = 'Accept-Encoding';
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    if (resolution.status === 200) {
      headers['ETag'] = etag;
      if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
        response.writeHead(304, headers).end();
        return;
      }
    }
    headers['Content-Length'] = body.length;
    response.writeHead(resolution.status, headers).end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      log(`server error on ${request.url}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'Content-Length': 0 });
      response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  host.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return host;
}
