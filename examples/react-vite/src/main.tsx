// Every element in a React 19 app, rendered on the client: React sets `data` as a property and listens to
// `onfactor-filter-change` itself. The types of the tags come from the package (scholingsfactoren/jsx).
import type {} from 'scholingsfactoren/jsx';
import 'scholingsfactoren';
import {createRoot} from 'react-dom/client';
import {StrictMode} from 'react';
import {App} from './App.js';

createRoot(document.getElementById('app')!).render(<StrictMode><App /></StrictMode>);
