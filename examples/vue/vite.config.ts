import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Without this, Vue tries to resolve <factor-table> as a Vue component ("Failed to resolve component").
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.includes('-')}}})],
  // Relative paths: the suite serves the build from a folder of its own.
  base: './',
  build: {rollupOptions: {input: ['index.html', 'tabel.html']}},
});
