// builder.html, written at build time (scripts/build-embed.js): the page, and the publications the
// builder offers (`[[id, label, title, number of factors], …]` as JSON), in the order of their labels.
import {type Dataset} from '../../data/index.js';
import {factorsCitingSource} from '../../data/sources.js';
import {dutchCollator} from '../../data/text.js';
import {escapeHtml} from '../html-escape.js';

export function builderPageHtml(dataset: Dataset): string {
  const sources = [...dataset.sources]
    .sort((a, b) => dutchCollator.compare(a.citation, b.citation) || a.year - b.year || dutchCollator.compare(a.title, b.title))
    .map((source) => [source.id, source.citation, source.title, factorsCitingSource(dataset, source.id).length]);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Insluitcode maken – Scholingsfactoren</title>
<link rel="stylesheet" href="builder.css">
<script type="module" src="builder.js"></script>
</head>
<body>
<main id="builder" data-sources="${escapeHtml(JSON.stringify(sources))}">
<h1>Insluitcode maken</h1>
<p>Met deze pagina maak je de code om de scholingsfactoren in je CMS te zetten. Daarvoor is JavaScript nodig:
zet het aan in je browser. Zonder bouwer kan het ook: zie de pagina "Insluiten in je CMS" in de documentatie.</p>
</main>
</body>
</html>
`;
}
