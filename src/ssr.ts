// `scholingsfactoren/ssr`: the elements rendered to HTML on the server (Node), with their rows, counts and
// texts in a declarative shadow root, so a page shows them before any script and without one. In the
// browser, `scholingsfactoren/hydrate` (or the CDN bundle) takes the markup over as it is.
//
//   import {renderElement} from 'scholingsfactoren/ssr';
//   const html = await renderElement('factor-table', {attributes: {kind: 'inhiberend', actor: 'werkgever'}});
//
// Needs `@lit-labs/ssr` (an optional peer dependency: `npm install @lit-labs/ssr`). It installs the small
// DOM of Lit's server rendering before the elements are registered: this import comes first.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {ELEMENT_TAGS, type ElementTag} from './elements/registry.js';
import {loadEnglish} from './i18n/english-loader.js';
import {loadBundledEnglish} from './elements/source-citation/bundled-english.js';
import './index.js';

export {ELEMENT_TAGS, type ElementTag};

/** How a rendered element brings its styles. */
export type StylesOption =
  /** A `<style>` in each shadow root (the default): nothing else to serve. */
  | 'inline'
  /**
   * A `<link rel="stylesheet">` to each element's stylesheet (`dist/cdn/styles/<tag>.css`), for pages with
   * a Content-Security-Policy that forbids inline styles. `href` gives its address; link the same address
   * in the page's `<head>` too, so the browser has it before it paints.
   */
  | {readonly href: (tag: ElementTag) => string};

export interface RenderOptions {
  /** The attributes as an editor writes them, e.g. `{kind: 'inhiberend', actor: 'werkgever'}`; `true` for a bare one (`no-search`). */
  readonly attributes?: Readonly<Record<string, string | boolean | null | undefined>>;
  /** A dataset object, as the `data` property takes it; validated as in the browser (a refusal renders its Dutch message). */
  readonly data?: unknown;
  readonly styles?: StylesOption;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** Text as a quoted attribute value. */
const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function openingTag(tag: ElementTag, attributes: RenderOptions['attributes'] = {}): string {
  const written = Object.entries(attributes).flatMap(([name, value]) => {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`scholingsfactoren/ssr: "${name}" is geen attribuutnaam`);
    if (value === false || value === null || value === undefined) return [];
    return [value === true ? name : `${name}="${escapeAttribute(value)}"`];
  });
  return `<${[tag, ...written].join(' ')}`;
}

/** Lit's markers of the template around the element: only a template hydrated as a whole needs them, and this one never is. */
const OUTER_MARKERS = /^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?|<!--\/lit-part-->$/g;
/** The styles of a shadow root as the server writes them: the first `<style>` after its template opens. */
const SHADOW_STYLE = /(<template shadowroot(?:mode)?="open"[^>]*>)<style>[\s\S]*?<\/style>/;

/**
 * One element as HTML: its tag with the attributes given and, in a declarative shadow root, its first
 * render: the bundled dataset (or `data`) filtered by the attributes, with every row, heading and count.
 * The language is the `lang` attribute's, else Dutch; `src` renders "loading" (only the browser fetches).
 */
export async function renderElement(tag: ElementTag, options: RenderOptions = {}): Promise<string> {
  if (!ELEMENT_TAGS.includes(tag)) throw new TypeError(`scholingsfactoren/ssr: <${tag}> is geen element van scholingsfactoren`);
  // The English texts (the interface's, and our translation for a card), which the browser loads only for
  // an element in English: here, first, for any element, as Lit's server rendering does not wait for them.
  await Promise.all([loadEnglish(), loadBundledEnglish()]);
  // lit/static-html splices the checked tag and the escaped attributes into the template's strings, so the
  // server renders the element itself; `data` stays a binding.
  const [open, close] = [unsafeStatic(openingTag(tag, options.attributes)), unsafeStatic(`></${tag}>`)];
  const template = html`${open} .data=${options.data}${close}`;
  let markup = (await collectResult(render(template))).replace(OUTER_MARKERS, '');
  const styles = options.styles ?? 'inline';
  if (styles !== 'inline') {
    markup = markup.replace(SHADOW_STYLE, (_, open: string) => `${open}<link rel="stylesheet" href="${escapeAttribute(styles.href(tag))}">`);
  }
  return markup;
}

/** An element's styles as one stylesheet, for {@link StylesOption} `href` (the build writes them to `dist/cdn/styles/`). */
export function elementStylesheet(tag: ElementTag): string {
  const element = customElements.get(tag) as unknown as {elementStyles?: readonly {cssText: string}[]} | undefined;
  return (element?.elementStyles ?? []).map((style) => style.cssText).join('\n');
}
