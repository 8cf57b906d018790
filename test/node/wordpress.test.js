// The WordPress plugin's zip (dist/wordpress/scholingsfactoren.zip, from wordpress/): what it holds, its
// version, that it runs in WordPress 6.1, and that every string it shows has its Dutch. Needs
// `npm run build` first. The plugin in a real WordPress: test/wordpress/ (npm run test:wordpress).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {inflateRawSync} from 'node:zlib';
import {blockJsonStrings, keyOf, parsePo, pluginHeaderStrings, translatedStrings} from '../../scripts/gettext.js';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/** The archive's files: name → contents, read from its central directory. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let index = 0; index < count; index++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const [method, size, nameLength, extraLength, commentLength, offset] =
      [buffer.readUInt16LE(at + 10), buffer.readUInt32LE(at + 20), buffer.readUInt16LE(at + 28), buffer.readUInt16LE(at + 30),
        buffer.readUInt16LE(at + 32), buffer.readUInt32LE(at + 42)];
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    const body = buffer.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(body) : body);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const zipped = unzip(readFileSync('dist/wordpress/scholingsfactoren.zip'));
const file = (path) => zipped.get(`scholingsfactoren/${path}`);
const text = (path) => file(path)?.toString('utf8');
const filesIn = (folder) => readdirSync(folder, {recursive: true}).map(String).filter((path) => statSync(join(folder, path)).isFile());

test('the zip unpacks into one folder, scholingsfactoren/, with the plugin', () => {
  assert.deepEqual([...zipped.keys()].filter((name) => !name.startsWith('scholingsfactoren/')), []);
  for (const path of ['scholingsfactoren.php', 'uninstall.php', 'readme.txt', 'block/block.json', 'block/editor.css', 'block/build/index.js',
    'block/build/index.asset.php', 'data/sources.json', 'assets/scholingsfactoren.css', 'languages/scholingsfactoren-nl_NL.po',
    'languages/scholingsfactoren-nl_NL.mo', 'languages/scholingsfactoren-nl_NL-scholingsfactoren-block-editor.json']) {
    assert.ok(file(path), `${path} is in the zip`);
  }
  assert.deepEqual([...zipped.keys()].filter((name) => /\.map$|\/block\/src\/|phpcs|webpack/.test(name)), [], 'no source maps, sources or build configuration');
});

test('the zip serves the CDN build from a folder named after the version, without the builder and source maps', () => {
  const expected = filesIn('dist/cdn').filter((path) => !path.endsWith('.map') && !path.startsWith('builder.'));
  assert.ok(expected.includes('scholingsfactoren.js') && expected.includes('embed.html') && expected.includes('embed.js'));
  for (const path of expected) assert.deepEqual(file(`cdn/${version}/${path}`), readFileSync(join('dist/cdn', path)), `cdn/${version}/${path}`);
  const shipped = [...zipped.keys()].filter((name) => name.startsWith('scholingsfactoren/cdn/'));
  assert.equal(shipped.length, expected.length, 'and nothing else');
});

test('every file an embed page of the zip loads is in the zip: the written pages\' stylesheets and script, and the chunks they import', () => {
  const folder = `scholingsfactoren/cdn/${version}/`;
  const shipped = [...zipped.keys()].filter((name) => name.startsWith(folder)).map((name) => name.slice(folder.length));
  const pages = shipped.filter((path) => path.endsWith('.html'));
  assert.ok(pages.includes('embed.html'), 'embed.html');
  assert.equal(pages.filter((path) => /^embed\/(alle|stimulerend|inhiberend)\/(alle|werkgever|werknemer|omgeving|trainer)\.html$/.test(path)).length, 15,
    'the 15 pages written per choice');
  /** What `path` (a page or a script) loads by a relative address, as paths below the folder. */
  const loads = (path) => {
    const code = file(`cdn/${version}/${path}`).toString('utf8');
    const references = path.endsWith('.html')
      ? [...code.matchAll(/\s(?:href|src)="([^"]+)"/g)].map(([, address]) => address)
      : [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)].map(([, address]) => address);
    return references.filter((address) => !/^[a-z]+:|^\/\/|^#/i.test(address))
      .map((address) => new URL(address, `https://site.example/${path}`).pathname.slice(1));
  };
  const loaded = new Set();
  const queue = [...pages];
  while (queue.length > 0) {
    const path = queue.shift();
    for (const target of loads(path).filter((address) => !loaded.has(address))) {
      assert.ok(shipped.includes(target), `${target}, which ${path} loads, is in the zip`);
      loaded.add(target);
      if (target.endsWith('.js')) queue.push(target);
    }
  }
  for (const path of ['embed.css', 'embed-app.js', 'styles/factor-table.css']) assert.ok(loaded.has(path), `${path} is among them`);
  assert.ok([...loaded].filter((path) => /^embed-.+\.js$/.test(path)).length > 3, 'and the embed script\'s chunks');
});

test('the plugin\'s version is the package\'s, and it asks for WordPress 6.1', () => {
  const main = text('scholingsfactoren.php');
  assert.match(main, new RegExp(`^ \\* Version:\\s+${version.replaceAll('.', '\\.')}$`, 'm'), 'the plugin header');
  assert.match(main, new RegExp(`SCHOLINGSFACTOREN_VERSION = '${version.replaceAll('.', '\\.')}'`), 'the constant that names the files\' folder');
  assert.match(main, /^ \* Requires at least: 6\.1$/m);
  assert.match(main, /^ \* License:\s+MIT$/m, 'a licence WordPress accepts (GPL-compatible)');
  const readme = text('readme.txt');
  assert.match(readme, new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
  assert.match(readme, /^Requires at least: 6\.1$/m);
});

test('the block editor\'s script needs only scripts that WordPress 6.1 has', () => {
  const asset = text('block/build/index.asset.php');
  const dependencies = [...asset.matchAll(/'(wp-[\w-]+|react[\w-]*|lodash)'/g)].map(([, name]) => name);
  // Among them: not react-jsx-runtime (WordPress 6.6) nor wp-polyfill-less modern packages.
  const in61 = ['wp-block-editor', 'wp-blocks', 'wp-components', 'wp-compose', 'wp-data', 'wp-element', 'wp-i18n', 'wp-server-side-render'];
  assert.ok(dependencies.length > 0);
  assert.deepEqual(dependencies.filter((name) => !in61.includes(name)), []);
});

test('every string the plugin shows has its Dutch, and the Dutch keeps every placeholder', () => {
  const entries = parsePo(readFileSync('wordpress/languages/scholingsfactoren-nl_NL.po', 'utf8')).filter((entry) => entry.id !== '');
  const php = ['scholingsfactoren.php', 'uninstall.php', ...filesIn('wordpress/includes').map((path) => `includes/${path}`)]
    .map((path) => readFileSync(join('wordpress', path), 'utf8'));
  const used = [
    ...php.flatMap(translatedStrings),
    ...translatedStrings(readFileSync('wordpress/block/src/index.js', 'utf8')),
    ...blockJsonStrings(JSON.parse(readFileSync('wordpress/block/block.json', 'utf8'))),
    ...pluginHeaderStrings(php[0]),
  ];
  const translations = new Map(entries.map((entry) => [keyOf(entry), entry]));
  assert.deepEqual(used.filter((string) => !translations.get(keyOf(string))?.strings.every((value) => value !== '')).map(keyOf), [], 'strings without Dutch');
  const usedKeys = new Set(used.map(keyOf));
  assert.deepEqual(entries.filter((entry) => !usedKeys.has(keyOf(entry))).map(keyOf), [], 'translations of strings no longer used');
  const placeholders = (value) => (value.match(/%(\d\$)?[sd]/g) ?? []).sort();
  for (const entry of entries) {
    for (const translation of entry.strings) assert.deepEqual(placeholders(translation), placeholders(entry.plural ?? entry.id), `the placeholders of "${entry.id}"`);
  }
  for (const string of used.filter((item) => item.plural)) assert.equal(translations.get(keyOf(string)).plural, string.plural, `the plural of "${string.id}"`);
});

test('the zip has the translations compiled: a .mo for PHP, the JSON of the editor\'s script', () => {
  const mo = file('languages/scholingsfactoren-nl_NL.mo');
  assert.equal(mo.readUInt32LE(0), 0x950412de, 'a .mo file');
  const count = mo.readUInt32LE(8);
  const entries = parsePo(readFileSync('wordpress/languages/scholingsfactoren-nl_NL.po', 'utf8'));
  assert.equal(count, entries.length, 'with every entry and the header');
  const keys = Array.from({length: count}, (_, index) => {
    const [length, offset] = [mo.readUInt32LE(mo.readUInt32LE(12) + index * 8), mo.readUInt32LE(mo.readUInt32LE(12) + index * 8 + 4)];
    return mo.toString('utf8', offset, offset + length).split('\0')[0];
  });
  assert.ok(keys.includes('block description\u0004' + JSON.parse(text('block/block.json')).description), 'block.json\'s strings with their context');
  const json = JSON.parse(text('languages/scholingsfactoren-nl_NL-scholingsfactoren-block-editor.json'));
  const messages = json.locale_data.messages;
  assert.equal(messages['Which factors?'][0], 'Welke factoren?');
  assert.deepEqual(messages['%1$s (%2$d factor)'], ['%1$s (%2$d factor)', '%1$s (%2$d factoren)']);
  const editorStrings = translatedStrings(readFileSync('wordpress/block/src/index.js', 'utf8')).map(keyOf);
  assert.deepEqual(Object.keys(messages).filter((key) => key !== '').sort(), [...new Set(editorStrings)].sort(), 'the editor\'s strings, and only those');
});

test('the block offers every publication of the dataset, in the builder\'s order', () => {
  const dataset = JSON.parse(readFileSync('data/landscape.json', 'utf8'));
  const sources = JSON.parse(text('data/sources.json'));
  assert.deepEqual(sources.map((source) => source.id).sort(), dataset.sources.map((source) => source.id).sort());
  const builder = JSON.parse(/data-sources="([^"]*)"/.exec(readFileSync('dist/cdn/builder.html', 'utf8'))[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  assert.deepEqual(sources.map(({id, label, title, factors}) => [id, label, title, factors]), builder);
});
