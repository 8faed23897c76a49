// Checks every relative link and #anchor in the repository's Markdown files,
// offline: a link to a file must name one that exists, and an anchor must name
// a heading (GitHub's slugs) or an HTML `id`/`name` in the file it points to.
// `node build/markdown-links.mjs [FILE…]` checks the files named, else every
// one git tracks, lists what is broken and exits 1 if anything is;
// tests/docs/markdown-links.test.ts runs it in `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const parse = (text) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Every node of a Markdown tree, depth first. */
function* walk(node) {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The plain text of a heading, as GitHub slugs it. */
const textOf = (node) =>
  node.type === 'text' || node.type === 'inlineCode' ? node.value : (node.children ?? []).map(textOf).join('');

const htmlAttributes = (html, name) =>
  [...html.matchAll(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'gi'))].map((match) => match[1]);

/** The anchors a Markdown text offers: its headings' slugs and its HTML ids and names. */
export function anchorsOf(text) {
  const slugger = new GithubSlugger();
  const anchors = new Set();
  for (const node of walk(parse(text))) {
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
    if (node.type === 'html')
      for (const id of [...htmlAttributes(node.value, 'id'), ...htmlAttributes(node.value, 'name')]) anchors.add(id);
  }
  return anchors;
}

/** The links of a Markdown text, with the line each is on: Markdown links and images, and HTML `href`/`src`. */
export function linksOf(text) {
  const links = [];
  for (const node of walk(parse(text))) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      links.push({ url: node.url, line });
    if (node.type === 'html')
      for (const url of [...htmlAttributes(node.value, 'href'), ...htmlAttributes(node.value, 'src')])
        links.push({ url, line });
  }
  return links;
}

/** A link that leaves the repository (a scheme such as https: or mailto:, or //host) is not checked: the check is offline. */
const isExternal = (url) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/**
 * The broken links of some Markdown files, as `file:line: message`.
 * `read(path)` gives a file's text (undefined when it does not exist), so a
 * test can check files that are not on disk.
 */
export function brokenLinks(files, { base = root, read = readOnDisk } = {}) {
  const anchorCache = new Map();
  const anchorsIn = (path) => {
    if (!anchorCache.has(path)) anchorCache.set(path, anchorsOf(read(path) ?? ''));
    return anchorCache.get(path);
  };
  const broken = [];
  for (const file of files) {
    const text = read(file);
    if (text === undefined) continue;
    for (const { url, line } of linksOf(text)) {
      if (url === '' || isExternal(url)) continue;
      const [pathPart, anchor] = splitAnchor(url);
      const target = pathPart === '' ? file : join(dirname(file), decodeURI(pathPart));
      const where = `${relative(base, file)}:${line}`;
      if (pathPart !== '' && read(target) === undefined && !isDirectory(target)) {
        broken.push(`${where}: ${url} names no file (${relative(base, target)})`);
        continue;
      }
      if (anchor !== undefined && target.endsWith('.md') && !anchorsIn(target).has(decodeURIComponent(anchor))) {
        broken.push(`${where}: ${url} names no heading or id in ${relative(base, target)}`);
      }
    }
  }
  return broken;
}

const splitAnchor = (url) => {
  const hash = url.indexOf('#');
  const path = (hash === -1 ? url : url.slice(0, hash)).split('?')[0];
  return [path, hash === -1 ? undefined : url.slice(hash + 1)];
};

function readOnDisk(path) {
  if (!existsSync(path) || statSync(path).isDirectory()) return undefined;
  return readFileSync(path, 'utf8');
}

const isDirectory = (path) => existsSync(path) && statSync(path).isDirectory();

/** The Markdown files git tracks, plus new ones not yet added (ignored files stay out). */
export function trackedMarkdownFiles(base = root) {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], {
    cwd: base,
    encoding: 'utf8',
  });
  return listed
    .split('\n')
    .filter(Boolean)
    .map((path) => join(base, path))
    .filter((path) => existsSync(path));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const named = process.argv.slice(2).map((path) => resolve(path));
  const broken = brokenLinks(named.length > 0 ? named : trackedMarkdownFiles(), { base: process.cwd() });
  for (const line of broken) console.error(line);
  if (broken.length > 0) process.exit(1);
}
