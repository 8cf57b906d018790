// The bench's two peer tables, configured once for both places that build them: bench/measure.js (in
// the page) and the time-to-table pages (bench/time-to-table.js writes the rows and the source text of
// the option functions into each page, so those functions use nothing from outside their own body).
// Plain JavaScript without imports or DOM: it runs in Node as well as in the page.

/** Our table's Dutch labels, so the peers show (and search) the same text. */
const KINDS = {stimulerend: 'Stimulerend', inhiberend: 'Belemmerend'};
const ACTORS = {werkgever: 'Werkgever', werknemer: 'Werknemer', omgeving: 'Omgeving', trainer: 'Trainer'};

/** The columns free-text search looks in, as ours does: factor, how and source. */
export const SEARCHED = [1, 2, 4];

/**
 * The peers take arrays of cell values: a dataset's factors as our six columns with our labels (the
 * citations of a factor's sources, as our source column shows them), worked out before any clock starts.
 */
export function peerRowsOf(dataset) {
  const citationOf = new Map(dataset.sources.map((source) => [source.id, source.citation]));
  // Our six columns in our order: kind, factor, how, who, source, studies.
  return dataset.factors.map((factor) => {
    const citations = [...new Set(factor.sources.map((id) => citationOf.get(id)))];
    return [KINDS[factor.kind], factor.factor, factor.how, factor.actors.map((actor) => ACTORS[actor]).join(', '),
      citations.join('; '), citations.length];
  });
}

/**
 * simple-datatables 10 as close to ours as its options go: search and sort on, paging off, cells as
 * plain text ("string": the default "html" would parse every cell as markup), search only in factor, how
 * and source, case- and accent-insensitive, every word of the query must match (its default: any word),
 * sorted with a Dutch collator (as ours: `Intl.Collator('nl')`, base sensitivity, numeric), punctuation
 * counted in search and sort as ours counts it (its default drops it: "(gebrek aan) motivatie" would
 * sort under "g"). Its other defaults stay: `fixedColumns` (it measures the column widths
 * once after the first render), no `fixedHeight`, `scrollY` or row navigation.
 */
export function simpleDatatablesOptions(rows) {
  return {
    data: {headings: ['Soort', 'Factor', 'Hoe', 'Wie', 'Bron', 'Studies'], data: rows},
    paging: false, searchable: true, sortable: true,
    type: 'string', locale: 'nl', numeric: true, sensitivity: 'base', ignorePunctuation: false, searchAnd: true,
    columns: [{select: [0, 3, 5], searchable: false}, {select: 5, type: 'number'}],
    labels: {placeholder: 'Zoeken…', searchTitle: 'Zoek in de tabel', searchLabel: 'Zoek', noRows: 'Geen factoren',
      noResults: 'Geen factoren gevonden', sortHint: 'Sorteer op deze kolom'},
  };
}

/**
 * Grid.js 6 with search and sort on; `paged`: pages of 50 (as many rows as ours renders first of a long
 * list), else every row. Search looks where ours does (factor, how, source), else "u" would also find
 * every "Stimulerend".
 */
export function gridjsOptions(rows, paged) {
  const searched = [1, 2, 4];
  return {
    columns: [{id: 'kind', name: 'Soort'}, {id: 'factor', name: 'Factor'}, {id: 'how', name: 'Hoe'},
      {id: 'actor', name: 'Wie'}, {id: 'source', name: 'Bron'}, {id: 'evidence', name: 'Studies'}],
    data: rows,
    search: {selector: (cell, row, column) => (searched.includes(column) ? String(cell) : '')},
    sort: true,
    pagination: paged ? {limit: 50} : false,
  };
}
