// Reads the front matter of the posts named on the command line as Hexo
// 8.1.2 does (hexo-front-matter 4.2.1: its split, its tab escaping, then
// js-yaml's load), and prints one JSON value a line, null for a post it
// cannot read; JSON.stringify writes dates as ISO 8601 instants in UTC.
//
// SPDX-License-Identifier: GPL-3.0-or-later

'use strict';

const fs = require('fs');
const yaml = require('js-yaml');

// The separators of hexo-front-matter 4.2.1, character for character.
const rPrefixSep = /^(-{3,}|;{3,})/;
const rFrontMatter = /^(-{3,}|;{3,})\n([\s\S]+?)\n\1\n?([\s\S]*)/;
const rFrontMatterNew = /^([\s\S]+?)\n(-{3,}|;{3,})\n?([\s\S]*)/;

function split (text) {
  const old = text.match(rFrontMatter);
  if (old)
    return { data: old[2], separator: old[1] };
  if (rPrefixSep.test(text))
    return {};
  const hexo = text.match(rFrontMatterNew);
  if (hexo)
    return { data: hexo[1], separator: hexo[2] };
  return {};
}

// Hexo turns tabs at the start of a line into two spaces each before YAML
// sees the text.
function escapeTabs (text) {
  return text.replace(/\n(\t+)/g, (match, tabs) => '\n' + '  '.repeat(tabs.length));
}

function read (path) {
  // Hexo 8.1.2 finds no front matter in a CRLF file at all; what is
  // compared here is how the YAML is read, so newlines are made LF first.
  let text = fs.readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const { data, separator } = split(text);

  if (!data || separator.startsWith(';'))
    return {};

  const value = yaml.load(escapeTabs(data));
  return typeof value === 'object' && value !== null ? value : {};
}

// With --yaml, reads a JSON array of YAML texts on the standard input and
// loads each with js-yaml alone, without Hexo's split and tab escaping.
function main (args) {
  let status = 0;
  const print = (name, read) => {
    try {
      process.stdout.write(JSON.stringify(read()) + '\n');
    } catch (error) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.stdout.write('null\n');
      status = 1;
    }
  };

  if (args[0] === '--yaml') {
    const texts = JSON.parse(fs.readFileSync(0, 'utf8'));
    texts.forEach((text, index) => print(`text ${index}`, () => yaml.load(text) ?? {}));
  } else {
    for (const path of args)
      print(path, () => read(path));
  }

  return status;
}

process.exitCode = main(process.argv.slice(2));
