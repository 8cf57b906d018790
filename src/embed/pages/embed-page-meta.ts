/** The `<meta>` of embed.html that gives its script the publications' ids and labels: `[[id, label], …]` as JSON. */
export const SOURCES_META = 'scholingsfactoren-sources';
