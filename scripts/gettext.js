// Gettext for the WordPress plugin, in plain Node (no msgfmt on a machine with only Node and npm): read
// the translations (.po), write what WordPress loads (.mo for PHP, JSON for the editor's script), and
// find the strings the plugin's code translates (for the build and test/node/wordpress.test.js).

/** The separator of context and text in a .mo key, and of a plural's forms. */
const CONTEXT = '\u0004';
const PLURAL = '\u0000';

const unescape = (text) => text.replace(/\\(.)/g, (_, char) => ({n: '\n', t: '\t', r: '\r'})[char] ?? char);

/**
 * The entries of a .po file: `{context, id, plural, strings, comments}`; the header is the entry with id ''.
 * Entries are separated by blank lines, as msgfmt and every editor of .po files write them.
 * @param {string} text
 */
export function parsePo(text) {
  return text.split(/\r?\n[ \t]*\r?\n/).map(parseEntry).filter((entry) => entry.id !== undefined);
}

function parseEntry(block) {
  const entry = {context: undefined, id: undefined, plural: undefined, strings: [], comments: []};
  /** Where a continued string goes: a field's name, or the index of a translation. */
  let field;
  const add = (value) => {
    if (typeof field === 'number') entry.strings[field] = (entry.strings[field] ?? '') + value;
    else if (field) entry[field] = (entry[field] ?? '') + value;
  };
  for (const line of block.split(/\r?\n/)) {
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+"(.*)"\s*$/.exec(line);
    const continued = /^\s*"(.*)"\s*$/.exec(line);
    if (line.startsWith('#')) {
      entry.comments.push(line);
    } else if (keyword) {
      const [, name, index, value] = keyword;
      field = {msgctxt: 'context', msgid: 'id', msgid_plural: 'plural'}[name] ?? Number(index ?? 0);
      add(unescape(value));
    } else if (continued) {
      add(unescape(continued[1]));
    }
  }
  return entry;
}

const keyOf = ({context, id}) => (context === undefined ? id : `${context}${CONTEXT}${id}`);
const translated = (entries) => entries.filter((entry) => entry.id !== '' && entry.strings.some((string) => string !== ''));

/** A .mo file (little-endian, no hash table) with the header and every translated entry. */
export function writeMo(entries) {
  const items = entries.filter((entry) => entry.id === '' || translated([entry]).length > 0)
    .map((entry) => ({
      key: Buffer.from(entry.plural === undefined ? keyOf(entry) : `${keyOf(entry)}${PLURAL}${entry.plural}`),
      value: Buffer.from(entry.strings.join(PLURAL)),
    }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const headerSize = 28;
  const tables = headerSize + items.length * 16;
  const header = Buffer.alloc(tables);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(items.length, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + items.length * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(tables, 24);
  const strings = [];
  let offset = tables;
  const place = (buffer, at) => {
    header.writeUInt32LE(buffer.length, at);
    header.writeUInt32LE(offset, at + 4);
    strings.push(buffer, Buffer.alloc(1));
    offset += buffer.length + 1;
  };
  items.forEach((item, index) => place(item.key, headerSize + index * 8));
  items.forEach((item, index) => place(item.value, headerSize + items.length * 8 + index * 8));
  return Buffer.concat([header, ...strings]);
}

/** The header's fields, e.g. `Plural-Forms`. */
export function poHeader(entries) {
  const header = entries.find((entry) => entry.id === '')?.strings[0] ?? '';
  return Object.fromEntries(header.split('\n').filter(Boolean).map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  }));
}

/**
 * The JSON that `wp_set_script_translations` hands to the editor's script (Jed 1.x, as WP-CLI's
 * `i18n make-json` writes it), with the entries whose keys are in `keys`.
 */
export function jedJson(entries, keys, locale) {
  const header = poHeader(entries);
  const messages = {'': {domain: 'messages', lang: locale, 'plural-forms': header['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);'}};
  for (const entry of translated(entries)) {
    if (keys.has(keyOf(entry))) messages[keyOf(entry)] = entry.strings;
  }
  return JSON.stringify({domain: 'messages', 'locale_data': {messages}});
}

const QUOTED = String.raw`'((?:[^'\\]|\\.)*)'`;
const ARGUMENT_GAP = String.raw`\s*,\s*`;
/** The translation calls the plugin's code makes; all with single-quoted strings and our text domain. */
const CALLS = [
  {pattern: new RegExp(String.raw`\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*${QUOTED}${ARGUMENT_GAP}'scholingsfactoren'\s*\)`, 'g'),
    entry: ([, id]) => ({id})},
  {pattern: new RegExp(String.raw`\b_x\(\s*${QUOTED}${ARGUMENT_GAP}${QUOTED}${ARGUMENT_GAP}'scholingsfactoren'\s*\)`, 'g'),
    entry: ([, id, context]) => ({id, context})},
  {pattern: new RegExp(String.raw`\b_n\(\s*${QUOTED}${ARGUMENT_GAP}${QUOTED}${ARGUMENT_GAP}[^,]+?${ARGUMENT_GAP}'scholingsfactoren'\s*\)`, 'g'),
    entry: ([, id, plural]) => ({id, plural})},
];
const unquote = (text) => text.replace(/\\(['\\])/g, '$1');

/** The strings a PHP or JavaScript file translates, as `{id, context?, plural?}`. */
export function translatedStrings(code) {
  return CALLS.flatMap(({pattern, entry}) => [...code.matchAll(pattern)].map((match) => {
    const found = entry(match);
    return Object.fromEntries(Object.entries(found).map(([name, value]) => [name, unquote(value)]));
  }));
}

/** The strings of a block.json that WordPress translates, with the contexts it uses. */
export function blockJsonStrings(metadata) {
  return [
    {id: metadata.title, context: 'block title'},
    {id: metadata.description, context: 'block description'},
    ...(metadata.keywords ?? []).map((id) => ({id, context: 'block keyword'})),
  ];
}

/** The plugin header's translatable fields (WordPress translates them with the plugin's text domain). */
export function pluginHeaderStrings(php) {
  return ['Plugin Name', 'Description'].map((field) => ({id: new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm').exec(php)?.[1]}))
    .filter(({id}) => id);
}

export {keyOf};
