// The code the builder hands out, for the choices an editor made. No DOM: tested as plain functions.
import {escapeHtml} from '../html-escape.js';
import {writeEmbedQuery, type EmbedSettings} from '../embed-query.js';
import {embedElements} from '../embed-elements.js';
import {writtenChoiceFor, writtenPagePath} from '../embed-choices.js';
import {BUILDER_TEXT} from './builder-text.js';

export const SNIPPET_VARIANTS = ['iframe', 'iframe-resize', 'script'] as const;
/** An iframe alone, an iframe with embed.js beside it, or the CDN's script lines with the elements. */
export type SnippetVariant = (typeof SNIPPET_VARIANTS)[number];

/** The frame's height when nothing was measured yet, and the range a snippet's height stays in. */
export const DEFAULT_FRAME_HEIGHT = 600;
const MIN_SNIPPET_HEIGHT = 150;
/** Taller content scrolls inside the frame (without embed.js): a frame taller than a screen helps nobody. */
const MAX_SNIPPET_HEIGHT = 900;

/** The `height` of an iframe snippet: the preview's measured height, rounded up to 10 px, within reason. */
export function snippetHeight(measured: number | undefined): number {
  if (measured === undefined || !Number.isFinite(measured)) return DEFAULT_FRAME_HEIGHT;
  return Math.min(MAX_SNIPPET_HEIGHT, Math.max(MIN_SNIPPET_HEIGHT, Math.ceil(measured / 10) * 10));
}

/**
 * The address of the embed page for these settings, beside the CDN files at `base`: the page written for
 * this choice where there is one (its rows are in its HTML, also for a frame that may run no script), else
 * embed.html with the choice in its query.
 */
export function embedPageUrl(settings: EmbedSettings, base: URL): string {
  const written = writtenChoiceFor(settings);
  return new URL(written ? writtenPagePath(written) : `embed.html${writeEmbedQuery(settings)}`, base).href;
}

/**
 * What the embed shows, in words in the embed's language ("belemmerende factoren voor werkgever"), or
 * undefined when nothing is filtered.
 */
function choiceDescription(settings: EmbedSettings, citations: ReadonlyMap<string, string>): string | undefined {
  const t = BUILDER_TEXT[settings.lang].frameTitle;
  const {kind, actors, sources, query} = settings;
  const labels = [...new Set(sources.map((id) => citations.get(id) ?? id))];
  const parts = [
    kind ? t.kinds[kind] : t.factors,
    ...(actors.length > 0 ? [t.for, t.list(actors.map((actor) => t.actors[actor]))] : []),
    ...(labels.length > 0 ? [t.from, t.list(labels)] : []),
    ...(query ? [t.with, `“${query}”`] : []),
  ];
  const filtered = kind !== null || actors.length > 0 || labels.length > 0 || query !== '';
  return filtered ? parts.join(' ') : undefined;
}

/** The iframe's `title`, in the embed's language: what a screen reader announces for the frame. */
export function frameTitle(settings: EmbedSettings, citations: ReadonlyMap<string, string>): string {
  const t = BUILDER_TEXT[settings.lang].frameTitle;
  const description = choiceDescription(settings, citations);
  return `${t.prefix}: ${t.list(settings.show.map((tag) => t.elements[tag]))}${description ? ` – ${description}` : ''}`;
}

/**
 * The text of the link to the embed page that every snippet carries: "Bekijk de belemmerende factoren voor
 * werkgever op een eigen pagina". Where a CMS strips the script or the frame, it is what the reader gets.
 */
export function fallbackLinkText(settings: EmbedSettings, citations: ReadonlyMap<string, string>): string {
  const t = BUILDER_TEXT[settings.lang].fallback;
  return t.text(choiceDescription(settings, citations) ?? t.everything);
}

export interface SnippetChoice {
  readonly settings: EmbedSettings;
  readonly variant: SnippetVariant;
  /** The folder of the CDN files: where the builder itself is served from. */
  readonly base: URL;
  /** The iframe's height attribute. */
  readonly height: number;
  readonly citations: ReadonlyMap<string, string>;
}

const attribute = ([name, value]: readonly [string, string]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`);

/**
 * The code to paste into a CMS. Every value in it is escaped: a search text stays text.
 *
 * Each snippet carries a link to the embed page of the same choice, because rich-text editors and
 * sanitizers remove scripts, unknown elements and iframes but keep links:
 * - in the script lines the link is the main element's content. A defined element renders into its
 *   shadow root, which has no slot, so the link shows only while the element is unknown: when the script
 *   was stripped (or has not loaded yet). One link per snippet: the embed page shows all its elements.
 * - under an iframe no markup can show something only when the frame is gone, so the link stays visible
 *   below it, as a way to open the factors on a page of their own.
 * The iframe has no `frameborder` (obsolete, and dropped by sanitizers such as DOMPurify). A `<div>`
 * around it makes it one block in the page's column, which themes align (a bare iframe is inline: a
 * WordPress block theme centres blocks, not inline frames), also where a Content-Security-Policy blocks
 * style attributes. Its `style` makes it borderless and ends the line box below it; under such a policy
 * only that is lost: the browser's thin border shows.
 */
export function snippet({settings, variant, base, height, citations}: SnippetChoice): string {
  const url = (file: string) => escapeHtml(new URL(file, base).href);
  const page = escapeHtml(embedPageUrl(settings, base));
  // The link is in the embed's language, which may not be the page's once its element is gone.
  const link = `<a href="${page}"${settings.lang === 'nl' ? '' : ` lang="${settings.lang}"`}>${escapeHtml(fallbackLinkText(settings, citations))}</a>`;
  if (variant === 'script') {
    const language = settings.lang === 'nl' ? [] : [['lang', settings.lang] as const];
    const elements = embedElements(settings);
    const linked = elements.find(({tag}) => tag === 'factor-table') ?? elements[0];
    return [
      `<link rel="stylesheet" href="${url('scholingsfactoren.css')}">`,
      `<script type="module" src="${url('scholingsfactoren.js')}"></script>`,
      ...elements.map((element) => {
        const {tag, attributes} = element;
        return `<${tag}${[...attributes, ...language].map(attribute).join('')}>${element === linked ? link : ''}</${tag}>`;
      }),
    ].join('\n');
  }
  const frame = [
    '<div>',
    `<iframe src="${page}" title="${escapeHtml(frameTitle(settings, citations))}" width="100%" height="${height}" ` +
      'loading="lazy" style="display:block;width:100%;border:0"></iframe>',
    `<p>${link}</p>`,
    '</div>',
  ].join('\n');
  return variant === 'iframe-resize' ? `${frame}\n<script src="${url('embed.js')}" async></script>` : frame;
}
