import { defineConfig } from 'vite';

// Two pages: the whole library, and one element imported alone.
export default defineConfig({
  build: { rolldownOptions: { input: ['index.html', 'table.html'] } },
});
