// bench.mjs: what writers run today, on the posts of a site
//
// SPDX-License-Identifier: GPL-3.0-or-later
//
// node bench.mjs TOOL FOLDER [FILE...]
//
//   hexo-front-matter, gray-matter: read every post of FOLDER whole and
//     parse its front matter, as Hexo and most site tools do
//   marked, markdown-it: render the bodies of the FILEs (or of every post),
//     split from their front matter before the clock starts
//
// Prints one JSON line: {"seconds", "posts", "bytes"}. The clock runs
// inside the process, so Node's start-up and module loading are not
// counted against these tools.

import fs from 'node:fs';
import path from 'node:path';

import matter from 'gray-matter';
import { parse as parseFrontMatter } from 'hexo-front-matter';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';

function listPosts(folder) {
  const found = [];
  const pending = [folder];

  while (pending.length > 0) {
    const dir = pending.pop();
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory())
        pending.push(full);
      else if (entry.isFile() && /\.(md|markdown|html)$/.test(entry.name))
        found.push(full);
    }
  }

  return found;
}

function scan(files, parse) {
  const start = process.hrtime.bigint();
  let bytes = 0;

  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    parse(text);
  }

  return { start, bytes };
}

function render(files, toHtml) {
  const bodies = files.map((file) => parseFrontMatter(fs.readFileSync(file, 'utf8'))._content);
  const start = process.hrtime.bigint();
  let bytes = 0;

  for (const body of bodies) {
    bytes += Buffer.byteLength(body);
    toHtml(body);
  }

  return { start, bytes };
}

const [tool, folder, ...only] = process.argv.slice(2);
const listStart = process.hrtime.bigint();
const files = only.length > 0 ? only : listPosts(folder);
const markdownIt = new MarkdownIt({ html: true, linkify: true });
let run;

switch (tool) {
  case 'hexo-front-matter':
    run = scan(files, (text) => parseFrontMatter(text));
    run.start = listStart;
    break;
  case 'gray-matter':
    // Options turn off gray-matter's cache of every text it parsed.
    run = scan(files, (text) => matter(text, {}));
    run.start = listStart;
    break;
  case 'marked':
    run = render(files, (body) => marked.parse(body));
    break;
  case 'markdown-it':
    run = render(files, (body) => markdownIt.render(body));
    break;
  default:
    console.error(`Unknown tool: ${tool}`);
    process.exit(2);
}

const seconds = Number(process.hrtime.bigint() - run.start) / 1e9;
console.log(JSON.stringify({ seconds, posts: files.length, bytes: run.bytes }));
