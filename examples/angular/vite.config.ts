import {defineConfig} from 'vite';

// Vite bundles what ngc compiled, in place of the Angular CLI's builder; like the CLI, it leaves out
// Angular's development-mode checks and its JIT compiler.
export default defineConfig({
  base: './',
  define: {ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false'},
});
