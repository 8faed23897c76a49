/**
 * Whether `origin` is exactly the origin of a page this server served:
 * MV_PUBLIC_URL's origin, or `http://` and the `Host` the request came to
 * (the server itself speaks plain HTTP; behind an HTTPS proxy MV_PUBLIC_URL
 * names the outside origin). Scheme, host and port must all match, and the
 * header must be a bare origin: `https://` on an `http` server, or a path
 * after the port, is another page (docs/design.md §9).
 *
 * @example
 * isOwnOrigin('http://127.0.0.1:8787', 'https://feedback.city.gov', '127.0.0.1:8787') // → true
 * isOwnOrigin('https://127.0.0.1:8787', 'https://feedback.city.gov', '127.0.0.1:8787') // → false
 */
export function isOwnOrigin(origin: string, publicUrl: string | undefined, host: string | undefined): boolean {
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    return false;
  }
  if (parsed === 'null' || parsed !== origin) return false;
  if (publicUrl !== undefined && parsed === new URL(publicUrl).origin) return true;
  if (host === undefined) return false;
  try {
    return parsed === new URL(`http://${host}`).origin;
  } catch {
    return false;
  }
}
