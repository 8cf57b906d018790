import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative paths: the suite serves the build from a folder of its own.
  base: './',
  build: {rollupOptions: {input: ['index.html', 'tabel.html']}},
});
