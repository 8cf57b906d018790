// Only the table, with the bundled dataset: what a page that shows the factors loads.
import type {} from 'scholingsfactoren/jsx';
import 'scholingsfactoren/factor-table.js';
import {createRoot} from 'react-dom/client';

createRoot(document.getElementById('app')!).render(<factor-table kind="inhiberend"></factor-table>);
