// A page rendered in plain Node, without a framework: the actor filter and the table with their rows in
// the HTML (scholingsfactoren/ssr), and one module script that hydrates them (client.js, bundled with
// esbuild into dist/). Here the page is written to a file; in a server you return the same string from
// your request handler, e.g. with node:http: `response.end(await pagina())`.
//
//   node render.js && esbuild client.js --bundle --format=esm --minify --outfile=dist/client.js
import {mkdirSync, writeFileSync} from 'node:fs';
import {renderElement} from 'scholingsfactoren/ssr';

async function pagina() {
  const filter = await renderElement('actor-filter', {attributes: {'with-kind': true}});
  const tabel = await renderElement('factor-table', {attributes: {kind: 'inhiberend', actor: 'werkgever'}});
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scholingsfactoren van de server</title>
<script type="module" src="client.js"></script>
</head>
<body>
<main>
<h1>Wat werkgevers tegenhoudt</h1>
${filter}
${tabel}
</main>
</body>
</html>
`;
}

const uit = new URL('dist/', import.meta.url);
mkdirSync(uit, {recursive: true});
writeFileSync(new URL('index.html', uit), await pagina());
