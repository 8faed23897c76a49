// Starts a bench server script in its own process and resolves with its
// address once it prints "listening on http://…", as every script in
// bench/ingest/ does.
import { spawn } from 'node:child_process';

/** @returns {Promise<{ child: import('node:child_process').ChildProcess, url: string }>} */
export function launchServer(scriptUrl, args = []) {
  const child = spawn(process.execPath, [new URL(scriptUrl).pathname, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`bench server ${scriptUrl} exited (${code}): ${output}`)));
  });
}
