// `mv-feedback serve` as the bench runs it: the built server on a file
// database, rate limit off (one client sends everything), the writer as
// named on the command line (`thread` or `inline`).
import { loadConfig, startServer } from '../../packages/server/dist/index.js';

const [dbUrl, writer] = process.argv.slice(2);
const config = loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: dbUrl } });
const server = await startServer(config, { port: 0, writerThread: writer === 'thread' });
console.log(`listening on ${server.url}`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
