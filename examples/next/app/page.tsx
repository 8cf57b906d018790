// A server component: the page's HTML is rendered at build time (a static export here), and the client
// component below hydrates it in the browser.
import {Landschap} from './landschap';

export default function Page() {
  return (
    <main>
      <h1>Scholingsfactoren</h1>
      <Landschap />
    </main>
  );
}
