/** The bytes of a request body, or why they were not taken. */
export type BodyBytesResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; status: 408; code: 'body_timeout'; message: string }
  | { ok: false; status: 413; code: 'body_too_large'; message: string };

export interface ReadBodyOptions {
  /** Largest body taken, whether declared by Content-Length or counted while it streams. */
  maxBytes: number;
  /** The whole body must have arrived this long after reading starts. */
  deadlineMs: number;
}

/**
 * Reads a request body with a size limit and a deadline. The deadline is
 * what the server's 30 s request timeout is not: a 16 KiB body trickled in
 * over 18 s would otherwise hold a connection and a handler all that time.
 * Reading errors (the client went away) are thrown.
 *
 * @example
 * const body = await readBodyBytes(c.req.raw, { maxBytes: 16 * 1024, deadlineMs: 10_000 });
 * if (!body.ok) return apiError(c, body.status, body.code, body.message);
 */
export async function readBodyBytes(
  request: Request,
  { maxBytes, deadlineMs }: ReadBodyOptions,
): Promise<BodyBytesResult> {
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'body_too_large',
    message: `the body is over ${maxBytes} bytes`,
  } as const;
  const declared = request.headers.get('Content-Length');
  if (declared !== null && !request.headers.has('Transfer-Encoding') && Number(declared) > maxBytes) return tooLarge;
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), late]);
      if (next === 'late') {
        return {
          ok: false,
          status: 408,
          code: 'body_timeout',
          message: `the body did not arrive within ${deadlineMs / 1000} s; send it again`,
        };
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > maxBytes) return tooLarge;
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
