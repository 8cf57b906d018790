// embed.html, written at build time (scripts/build-embed.js). Every factor is in the page as a plain
// HTML table: what a reader sees with JavaScript off, and, laid out like the live <factor-table>,
// what everyone sees until the live element takes its place (see ../static-table.ts).
import {citationsOf, evidenceCount, type Dataset, type Factor} from '../../data/index.js';
import {escapeHtml} from '../html-escape.js';
import {STATIC_COLUMNS, STATIC_TABLE_TEXT} from '../static-table-text.js';
import {SOURCES_META} from './embed-page-meta.js';


const text = STATIC_TABLE_TEXT.nl;

function row(dataset: Dataset, factor: Factor): string {
  const evidence = evidenceCount(dataset, factor);
  const sources = citationsOf(dataset, factor).map((citation) => {
    const title = dataset.sources.find((source) => source.id === citation.sources[0]?.id)?.title;
    return `<span class="source"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(citation.text)}</span>`;
  });
  return `<tr role="row" class="kind-${escapeHtml(factor.kind)}" data-factor-id="${escapeHtml(factor.id)}" data-kind="${escapeHtml(factor.kind)}" ` +
    `data-actors="${escapeHtml(factor.actors.join(' '))}" data-sources="${escapeHtml(factor.sources.join(' '))}">` +
    `<td role="cell" class="col-kind"><span class="badge">${text.kinds[factor.kind]}</span></td>` +
    `<th role="rowheader" scope="row" class="col-factor">${escapeHtml(factor.factor)}</th>` +
    `<td role="cell" class="col-how">${escapeHtml(factor.how)}</td>` +
    `<td role="cell" class="col-actor">${factor.actors.map((actor) => text.actors[actor]).join(', ')}</td>` +
    `<td role="cell" class="col-source">${sources.join('')}</td>` +
    `<td role="cell" class="col-evidence"><span class="evidence" title="${text.evidenceTitle}">${evidence}</span>` +
    `<span class="evidence-bar level-${Math.min(evidence, 5)}" aria-hidden="true"></span></td></tr>`;
}

/** The page, with the table of every factor of `dataset`. */
export function embedPageHtml(dataset: Dataset): string {
  const total = dataset.factors.length;
  const sources = JSON.stringify(dataset.sources.map((source) => [source.id, source.citation]));
  const headers = STATIC_COLUMNS.map((column) =>
    `<th role="columnheader" scope="col" class="col-${column}"><span class="name">${text.columns[column]}</span>` +
    `<span class="sort" data-column="${column}">${text.columns[column]}` +
    '<span class="arrow" aria-hidden="true">↕</span></span></th>');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(dataset.title)}</title>
<meta name="${SOURCES_META}" content="${escapeHtml(sources)}">
<link rel="stylesheet" href="embed.css">
<link rel="modulepreload" href="scholingsfactoren.js">
<script src="embed-page.js"></script>
</head>
<body>
<main id="sf-embed" class="sf-embed">
<div id="sf-problems" class="sf-problems" hidden></div>
<div id="sf-static" class="sf-static">
<div class="toolbar" aria-hidden="true">
<div class="search"><span class="label">${text.search}</span><span class="input"><span class="value placeholder">${text.searchPlaceholder}</span></span></div>
<div class="summary"><p class="count">${text.count(total, total)}</p><span class="button csv">${text.csv}</span></div>
<div class="chips" hidden><span class="chip-list"></span><span class="button clear">${text.clearAll}</span></div>
<div class="sort-select"><span class="label">${text.sortLabel}</span> <span class="select">${text.documentOrder}</span></div>
</div>
<div class="table-wrap">
<table role="table" class="ui-nl">
<caption>${text.caption}</caption>
<thead role="rowgroup"><tr role="row">${headers.join('')}</tr></thead>
<tbody role="rowgroup">
${dataset.factors.map((factor) => row(dataset, factor)).join('\n')}
</tbody>
</table>
</div>
<div class="empty" hidden><p>${text.empty}</p><span class="button clear">${text.clearAll}</span></div>
</div>
</main>
</body>
</html>
`;
}
