import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** How a path fails: an HTTP error status, or the connection cut without an answer. */
export type Failure = 404 | 500 | 'reset';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

// What a static host compresses (text formats; images are compressed already).
const COMPRESSIBLE = /^(text\/|application\/(json|manifest))/;

export interface TestServer {
  url: string;
  /** Serve another build folder from now on (a new version "deployed"). */
  serve(root: string): void;
  /** Fail these paths (exact pathname, e.g. '/sw.js') until `heal()`. */
  fail(paths: Record<string, Failure>): void;
  /** Cut every connection, as if the venue network were gone. */
  down(): void;
  heal(): void;
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 (free port) for a built dist/ folder that can be told to fail
 * chosen paths: what vite preview cannot do, and what an interrupted update needs.
 */
// Compressed once per file and content (the bench serves each page many times).
const gzipCache = new Map<string, { body: Buffer; gz: Buffer }>();
function compressed(file: string, body: Buffer): Buffer {
  const hit = gzipCache.get(file);
  if (hit && hit.body.equals(body)) return hit.gz;
  const gz = gzipSync(body);
  gzipCache.set(file, { body, gz });
  return gz;
}

export async function startTestServer(root: string, options: { gzip?: boolean } = {}): Promise<TestServer> {
  let current = root;
  let failures: Record<string, Failure> = {};
  let isDown = false;
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const failure = isDown ? 'reset' : failures[path];
    if (failure === 'reset') return void request.socket.destroy();
    if (failure) return void response.writeHead(failure).end();
    const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(current))) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const gzip =
          options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        response.writeHead(200, {
          'Content-Type': type,
          'Cache-Control': 'no-cache',
          ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        });
        response.end(gzip ? compressed(file, body) : body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (next) => {
      current = next;
    },
    fail: (paths) => {
      failures = { ...failures, ...paths };
    },
    down: () => {
      isDown = true;
    },
    heal: () => {
      failures = {};
      isDown = false;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
