import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
};

/**
 * A tiny static host the tests control: it serves one built folder under a base path, and the
 * folder can be swapped at any moment (a new deploy). sw.js is sent with no-cache, as the README
 * asks of real hosts.
 */
export class StaticServer {
  private server: Server | null = null;
  /** Every path asked for, in order. */
  readonly requests: string[] = [];

  constructor(
    public root: string,
    readonly basePath = '/',
  ) {}

  get origin(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('server not started');
    return `http://localhost:${address.port}`;
  }

  get url(): string {
    return `${this.origin}${this.basePath}`;
  }

  /** Port 0 lets the system choose; a fixed port keeps the origin (and its storage) across restarts. */
  async start(port = 0): Promise<void> {
    this.server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      this.requests.push(path);
      if (!path.startsWith(this.basePath)) {
        response.writeHead(404).end('outside the base path');
        return;
      }
      let file = normalize(join(this.root, path.slice(this.basePath.length)));
      if (!file.startsWith(normalize(this.root))) {
        response.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        response.writeHead(404).end('not found');
        return;
      }
      const noCache = file.endsWith('sw.js') || file.endsWith('.html');
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': noCache ? 'no-cache' : 'max-age=31536000, immutable',
      });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => this.server?.listen(port, 'localhost', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }
}
