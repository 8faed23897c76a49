// The load generator's ceiling: node:http answering 201 without reading the
// body. No server does less per request, so what wrk reaches here is the most
// this machine can show for any server while wrk shares it.
import { createServer } from 'node:http';

const answer = Buffer.from('{"status":"stored"}');
const server = createServer((request, response) => {
  response.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': answer.length });
  response.end(answer);
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
