import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { apiError } from '../http/api-error.js';
import { CONTENT_CODINGS, type ContentCoding } from '../http/content-coding.js';
import { sendRepresentation } from './send-representation.js';

// Built files of the sibling packages, found from this module's own place
// (src/assets or dist/assets: both sit two folders below packages/server).
const packagesDir = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the files the server hosts live; tests and embedders may point elsewhere. */
export interface AssetRoots {
  widgetDist: string;
  dashboardPublic: string;
  dashboardDist: string;
  demo: string;
}

export const defaultAssetRoots: AssetRoots = {
  widgetDist: resolve(packagesDir, 'widget/dist'),
  dashboardPublic: resolve(packagesDir, 'dashboard/public'),
  dashboardDist: resolve(packagesDir, 'dashboard/dist'),
  demo: resolve(packagesDir, '../examples/city-page'),
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}
const cache = new Map<string, CachedFile>();

/** Reads a file once per change, with a strong ETag of its bytes. */
async function load(file: string): Promise<CachedFile | null> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return null;
  }
  if (!info.isFile()) return null;
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
  const body = new Uint8Array(await readFile(file));
  const entry = {
    mtimeMs: info.mtimeMs,
    size: info.size,
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
  };
  cache.set(file, entry);
  return entry;
}

export const isDirectory = (path: string): Promise<boolean> =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );

/** `relative` inside `root`, or null when it would leave it (`..`, absolute paths, NUL). */
export function resolveInside(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${sep}${decoded}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

export interface SendFileOptions {
  cacheControl?: string;
  headers?: Record<string, string>;
}

/** The copies of `file` compressed at build time (`file.br`, `file.gz`) that exist, by coding. */
async function compressedCopies(file: string): Promise<Map<ContentCoding, CachedFile>> {
  const copies = new Map<ContentCoding, CachedFile>();
  for (const coding of CONTENT_CODINGS) {
    const copy = await load(`${file}.${coding === 'gzip' ? 'gz' : coding}`);
    if (copy) copies.set(coding, copy);
  }
  return copies;
}

/**
 * Answers with a file: content type by extension, ETag, 304 on a matching
 * If-None-Match, or a JSON 404 when the file is missing (e.g. not built yet).
 * Where the build left compressed copies beside the file (`.br`, `.gz`),
 * the one the request's Accept-Encoding prefers is sent, with
 * `Vary: Accept-Encoding` and the file's ETag made weak.
 *
 * @example
 * app.get('/mv-feedback.js', (c) => sendFile(c, join(roots.widgetDist, 'mv-feedback.js')));
 */
export async function sendFile(c: Context, file: string | null, options: SendFileOptions = {}): Promise<Response> {
  const entry = file ? await load(file) : null;
  if (!file || !entry) return apiError(c, 404, 'not_found', `no file at ${c.req.path}`);
  return sendRepresentation(c, entry, await compressedCopies(file), {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': options.cacheControl ?? 'public, max-age=300',
    'X-Content-Type-Options': 'nosniff',
    ...options.headers,
  });
}
