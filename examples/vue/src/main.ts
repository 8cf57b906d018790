// Every element in a Vue 3 app. vite.config.ts tells Vue that tags with a dash are custom elements;
// the types of the tags come from the package (scholingsfactoren/vue, in env.d.ts).
import 'scholingsfactoren';
import {createApp} from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
