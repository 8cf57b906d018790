// The script of builder.html: the builder in the page's language (`?lang=en` for English), with the
// publications the build wrote into the page, handing out snippets for the folder it is served from.
import type {EmbedLanguage} from '../embed-query.js';
import {BUILDER_TEXT} from './builder-text.js';
import {EmbedBuilder, type BuilderSource} from './embed-builder.js';

const main = document.getElementById('builder')!;
const sources = (JSON.parse(main.dataset['sources'] ?? '[]') as [string, string, string, number][])
  .map(([id, label, title, factors]): BuilderSource => ({id, label, title, factors}));

/** The page's language, title and address follow the builder's language, so a reload keeps it. */
function applyLanguage(language: EmbedLanguage): void {
  document.documentElement.lang = language;
  document.title = BUILDER_TEXT[language].documentTitle;
  const url = new URL(location.href);
  if (language === 'nl') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  history.replaceState(history.state, '', url);
}

const language: EmbedLanguage = new URLSearchParams(location.search).get('lang')?.toLowerCase().startsWith('en') ? 'en' : 'nl';
applyLanguage(language);
// The page's own content is for readers without JavaScript.
main.replaceChildren();
new EmbedBuilder(main, {sources, base: new URL('.', location.href), language, onLanguageChange: applyLanguage});
