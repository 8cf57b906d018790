// A server component that puts the table's rows in the page's HTML: scholingsfactoren/ssr renders the
// element, with its first render in a declarative shadow root, when the page is built (a static export
// here; on a Next.js server it would be at each request). The browser shows the rows before any script.
import {renderElement} from 'scholingsfactoren/ssr';
import {Hydrate} from './hydrate';

export const metadata = {title: 'Scholingsfactoren van de server'};

export default async function Page() {
  const tabel = await renderElement('factor-table', {attributes: {kind: 'inhiberend', actor: 'werkgever'}});
  return (
    <main>
      <h1>Wat werkgevers tegenhoudt</h1>
      {/* The element as HTML, which React leaves alone when it hydrates. The browser has turned its
          <template shadowrootmode> into a shadow root, so the div's innerHTML is no longer the string:
          suppressHydrationWarning keeps `next dev` from reporting that as a mismatch. */}
      <div suppressHydrationWarning dangerouslySetInnerHTML={{__html: tabel}} />
      <Hydrate />
    </main>
  );
}
