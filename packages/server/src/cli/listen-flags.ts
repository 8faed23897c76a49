import type { ConfigFlags } from '../config/load-config.js';

/**
 * The `--port` and `--host` given to a command that prints links, as `serve`
 * takes them: without MV_PUBLIC_URL a link names the address the server
 * listens on, so `link` and `invite` read it the way `serve` does (each flag
 * beats MV_PORT or MV_HOST).
 *
 * @example
 * loadConfig({ flags: listenFlags({ port: '9000' }) }); // links on http://127.0.0.1:9000
 */
export function listenFlags(values: { port?: string | undefined; host?: string | undefined }): ConfigFlags {
  return {
    ...(values.port !== undefined ? { port: values.port } : {}),
    ...(values.host !== undefined ? { host: values.host } : {}),
  };
}
