import { defineConfig } from 'vite';

// `npm start` serves demo/ (the pages and their sample profiles) with the library from src/.
// Decorators follow tsconfig.json (experimentalDecorators). Library builds: scripts/build.mjs.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
});
