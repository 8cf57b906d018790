// Only the table, with the bundled dataset: what a page that shows the factors loads.
import 'scholingsfactoren/factor-table.js';
import {createApp, h} from 'vue';

createApp({render: () => h('factor-table', {kind: 'inhiberend'})}).mount('#app');
