// embed.html and the pages written ahead per choice (../embed-choices.ts), at build time
// (scripts/build-embed.js). The elements in them are rendered by the library's own server rendering
// (scholingsfactoren/ssr), from the same templates as in the browser: no table written here by hand.
import type {EmbedSettings} from '../embed-query.js';
import {escapeHtml} from '../html-escape.js';

export interface EmbedPage {
  readonly title: string;
  /** From the page to dist/cdn/: `''` for embed.html, `'../../'` for `embed/<kind>/<actor>.html`. */
  readonly base: string;
  /** The elements as the server renders them. */
  readonly elements: string;
  /** The stylesheets of those elements, below dist/cdn/ (the rendered elements link them, for a strict CSP). */
  readonly stylesheets: readonly string[];
  /**
   * What the rendered elements show, on a page written for one choice: they are the page, and the script
   * takes them over. Without it (embed.html), they are what a reader without JavaScript gets, and the
   * script makes the elements the address asks for.
   */
  readonly rendered?: EmbedSettings;
  /** Said to a reader without JavaScript on embed.html, above the rendered elements. */
  readonly noScriptNotice?: string;
}

/** The page: no inline script or style, so it works under `default-src 'self'`. */
export function embedPageHtml(page: EmbedPage): string {
  const {base, rendered} = page;
  const content = rendered
    ? `<div class="sf-rendered">\n${page.elements}\n</div>`
    : `<noscript><p class="sf-notice">${escapeHtml(page.noScriptNotice ?? '')}</p>\n${page.elements}\n</noscript>`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${base}embed.css">
${page.stylesheets.map((sheet) => `<link rel="preload" as="style" href="${base}${sheet}">`).join('\n')}
<script type="module" src="${base}embed-app.js"></script>
</head>
<body>
<main id="sf-embed" class="sf-embed"${rendered ? ` data-rendered="${escapeHtml(JSON.stringify(rendered))}"` : ''}>
<div id="sf-problems" class="sf-problems" role="alert" hidden></div>
${content}
</main>
</body>
</html>
`;
}
