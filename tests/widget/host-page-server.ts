// Someone else's web page embedding the widget: its own origin on 127.0.0.1,
// a strict Content-Security-Policy, the fixtures' host page and stylesheets,
// and a copy of the drop-in bundle with every chunk it loads from beside itself
// (the language files, the fields of "contact me").
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const dist = new URL('../../packages/widget/dist/', import.meta.url);

export interface HostPageServer {
  /**
   * e.g. `http://127.0.0.1:40125`; `/plain.html` and `/hostile.html` embed the
   * widget, in the language of `?lang=` (default `en`), from this origin or
   * with `?script=remote` from the mv-feedback server.
   */
  url: string;
  close(): Promise<void>;
}

/** Serves the host pages; `endpoint()` names the mv-feedback server they send to. */
export async function startHostPageServer(endpoint: () => string): Promise<HostPageServer> {
  const host = createServer((req, res) => {
    const { pathname: path, searchParams } = new URL(req.url ?? '/', 'http://x');
    // `?script=remote`: the bundle from the mv-feedback server itself, the only script origin allowed.
    const remote = searchParams.get('script') === 'remote';
    const scripts = remote ? endpoint() : "'self'";
    const csp = `default-src 'none'; script-src ${scripts}; style-src 'self'; connect-src ${endpoint()}; img-src 'self'`;
    if (/^\/mv-feedback(-[\w-]+)?\.js$/.test(path) && existsSync(new URL(path.slice(1), dist))) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(new URL(path.slice(1), dist)));
    } else if (path.endsWith('.css')) {
      res.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync(fixture(path.slice(1))));
    } else if (path === '/plain.html' || path === '/hostile.html') {
      const html = readFileSync(fixture('host-page.html'), 'utf8')
        .replace('{{CSS}}', path === '/plain.html' ? 'plain.css' : 'hostile.css')
        .replace('{{ENDPOINT}}', endpoint())
        .replace('{{LANG}}', searchParams.get('lang') ?? 'en')
        .replace('{{SCRIPT}}', `${remote ? endpoint() : ''}/mv-feedback.js`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(html);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(host.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => host.close(() => resolve())),
  };
}
