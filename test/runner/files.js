// Which test files run in which engine. Every file runs in every engine, unless its first lines say
// otherwise, with the reason, in one line:
//   // @engines chromium: print media can only be emulated through the DevTools protocol
// so that no engine passes by running nothing, and every exception is written where the test is.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {ENGINES} from './engines.js';

const ENGINES_LINE = /^\/\/ @engines ([a-z, ]+): (.+)$/m;

/** Every browser test under a folder: `*.test.ts`. */
const testFilesUnder = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
  const path = join(dir, entry.name);
  if (entry.isDirectory()) return testFilesUnder(path);
  return entry.name.endsWith('.test.ts') ? [path] : [];
});

/** Each browser test file under `dir`, with the engines it runs in and why it skips the others. */
export function testFiles(dir = 'test') {
  return testFilesUnder(dir).sort().map((file) => {
    const head = readFileSync(file, 'utf8').split('\n').slice(0, 5).join('\n');
    const match = ENGINES_LINE.exec(head);
    if (!match) return {file, engines: ENGINES};
    const engines = match[1].split(',').map((name) => name.trim());
    const unknown = engines.filter((name) => !ENGINES.includes(name));
    if (unknown.length > 0) throw new Error(`${file}: unknown engine ${unknown.join(', ')} in its @engines line`);
    return {file, engines, reason: match[2]};
  });
}
