// What a web manager adds to a CMS's editor or sanitizer so that our snippets get through: the same
// objects the CMS tests give the real editors (test/cms/), and the code the builder and the documentation
// show for them. No DOM.

import {ELEMENT_TAGS, type ElementTag} from '../../elements/registry.js';
import {EMBED_ELEMENTS} from '../embed-query.js';

/** Every element an editor may paste, with every attribute it understands (custom-elements.json; a test checks). */
export const ELEMENT_ATTRIBUTES = {
  'factor-table': ['kind', 'actor', 'source', 'query', 'no-search', 'no-export', 'group', 'src', 'sync-url', 'lang'],
  'actor-filter': ['with-kind', 'layout', 'compact', 'group', 'src', 'sync-url', 'lang'],
  'barrier-heatmap': ['counts', 'kind', 'actor', 'source', 'query', 'order', 'transposed', 'show-table', 'heading-level', 'group', 'src', 'sync-url', 'lang'],
  'source-citation': ['source', 'all', 'compact', 'heading-level', 'factor', 'group', 'src', 'sync-url', 'lang'],
  // Its id names its groups in the page address (sync-url).
  'factor-landscape': ['id'],
} as const satisfies Record<ElementTag, readonly string[]>;

/** The elements in the order a web manager reads them: those the builder offers, in its order, then the others. */
export const CMS_TAGS: readonly ElementTag[] = [...EMBED_ELEMENTS, ...ELEMENT_TAGS.filter((tag) => !(EMBED_ELEMENTS as readonly string[]).includes(tag))];

/** Each attribute name once, in the order of the list above. */
export const ALL_ELEMENT_ATTRIBUTES = [...new Set(Object.values(ELEMENT_ATTRIBUTES).flat())];

/** The attributes of the builder's iframe: its `style` keeps it borderless. */
export const FRAME_ATTRIBUTES = ['src', 'title', 'width', 'height', 'loading', 'style'] as const;

/** The frame's style properties, for a sanitizer that lists them. */
export const FRAME_STYLES = ['display', 'width', 'border'] as const;

/**
 * The hosts whose iframes TinyMCE (7 and later) leaves without `sandbox=""` by default. Setting
 * `sandbox_iframes_exclusions` replaces this list, so ours adds to it.
 */
export const TINYMCE_DEFAULT_SANDBOX_EXCLUSIONS = ['youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com', 'dailymotion.com',
  'embed.music.apple.com', 'open.spotify.com', 'giphy.com', 'dai.ly', 'codepen.io'] as const;

/** The host as TinyMCE compares it: without port and without a leading `www.`. */
export const tinymceHost = (base: URL) => base.hostname.replace(/^www\./, '');

/** TinyMCE: our iframes unsandboxed (they may run their script), our elements and their attributes kept. */
export function tinymceOptions(base: URL) {
  return {
    sandbox_iframes_exclusions: [...TINYMCE_DEFAULT_SANDBOX_EXCLUSIONS, tinymceHost(base)],
    custom_elements: CMS_TAGS.join(','),
    extended_valid_elements: CMS_TAGS.map((tag) => `${tag}[${ELEMENT_ATTRIBUTES[tag].join('|')}]`).join(','),
  };
}

/**
 * CKEditor 5's General HTML Support: our elements with their attributes, and the iframe. GHS keeps
 * unknown elements only all at once (`$customElement`), and then without attributes: the rules per tag
 * name let ours keep theirs.
 */
export function ckeditorHtmlSupport() {
  return {
    allow: [
      {name: '$customElement'},
      ...CMS_TAGS.map((name) => ({name, attributes: [...ELEMENT_ATTRIBUTES[name]]})),
      {name: 'iframe', attributes: FRAME_ATTRIBUTES.filter((name) => name !== 'style'), styles: [...FRAME_STYLES]},
    ],
  };
}

/**
 * DOMPurify: our elements and the iframe, with every attribute they need (some DOMPurify keeps anyway).
 * With ADD_TAGS alone DOMPurify keeps `kind` (an attribute of `<track>`) and drops `actor`: the table then
 * follows its kind only, and says so above its rows (its filter and count). The snippets keep the contract's
 * attribute names all the same: a name DOMPurify happens to keep, or a `data-` copy, would need the elements
 * to read a second spelling, on the table page's budget, and would not help in TinyMCE or CKEditor, which
 * drop unknown elements whatever their attributes. The fix is this full list.
 */
export function dompurifyOptions() {
  return {
    ADD_TAGS: [...CMS_TAGS, 'iframe'],
    ADD_ATTR: [...new Set([...ALL_ELEMENT_ATTRIBUTES, ...FRAME_ATTRIBUTES])],
  };
}

/** The lines for the site template: the elements' script (and its stylesheet), and embed.js for the frames' height. */
export function templateLines(base: URL): string {
  const url = (file: string) => new URL(file, base).href;
  return [
    `<link rel="stylesheet" href="${url('scholingsfactoren.css')}">`,
    `<script type="module" src="${url('scholingsfactoren.js')}"></script>`,
    `<script src="${url('embed.js')}" async></script>`,
  ].join('\n');
}

/**
 * A value as JavaScript: a list of words on one line, a list of objects one per line (`indent` is the
 * indentation of the line the value starts on), an object on one line.
 */
function js(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object')) return `[${value.map((item) => js(item, indent)).join(', ')}]`;
    return `[\n${value.map((item) => `${indent}  ${js(item, `${indent}  `)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([name, item]) => `${name}: ${js(item, indent)}`).join(', ')}}`;
  }
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** The options of one call, one per line, below a comment. */
const optionLines = (options: Record<string, unknown>, indent: string) =>
  Object.entries(options).map(([name, value]) => `${indent}${name}: ${js(value, indent)},`).join('\n');

/** The code for the web manager, as the builder shows it. `comment` says where the site's own options go. */
export const configCode = {
  tinymce: (base: URL, comment: string) => `tinymce.init({\n  // ${comment}\n${optionLines(tinymceOptions(base), '  ')}\n});`,
  ckeditor: (comment: string) => `ClassicEditor.create(element, {\n  // ${comment}\n  plugins: [/* …, */ GeneralHtmlSupport],\n` +
    `${optionLines({htmlSupport: ckeditorHtmlSupport()}, '  ')}\n});`,
  ckeditorEmbed: (comment: string) => `ClassicEditor.create(element, {\n  // ${comment}\n  plugins: [/* …, */ HtmlEmbed],\n});`,
  dompurify: () => `DOMPurify.sanitize(html, ${js(dompurifyOptions(), '')});`,
};
