// A bare Hono POST route on the hono and @hono/node-server the product runs
// on (the bench checks they are the same copies): c.req.json(), then 201.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/api/v1/responses', async (c) => {
  const body = await c.req.json();
  return c.json({ id: body.id, status: 'stored' }, 201);
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  console.log(`listening on http://127.0.0.1:${info.port}`),
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
