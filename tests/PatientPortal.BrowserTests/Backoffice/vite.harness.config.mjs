// Test harness only (never shipped). The @umbraco-cms/backoffice npm package leaves its externals unbundled:
// dist-cms/external/lit/index.js is `export * from 'lit'`, which a browser cannot load. Umbraco's server ships them
// bundled, one module per external; this build does the same from the client's node_modules, so the harness serves
// the real app over the real Lit, Umbraco UI, RxJS... One shared chunk per library keeps one copy of each.
// Without monaco-editor and tiptap: they load only with their editors, which our screens never open.
import { fileURLToPath } from 'node:url';

const client = fileURLToPath(new URL('../../../src/PatientPortal.Web/Client/', import.meta.url));
const app = `${client}node_modules/@umbraco-cms/backoffice/dist-cms/`;
const externals = ['lit', 'uui', 'rxjs', 'luxon', 'dompurify', 'marked', 'heximal-expressions', 'signalr'];

export default {
  root: client,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../obj/backoffice-harness/', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: {
        ...Object.fromEntries(externals.map((name) => [`external/${name}/index`, `${app}external/${name}/index.js`])),
        // Bare imports inside the app's own packages (core/id, core/utils/diff): the page's import map names these.
        'modules/uuid': `${client}node_modules/uuid/dist/index.js`,
        'modules/diff': `${client}node_modules/diff/lib/index.mjs`,
      },
      formats: ['es'],
    },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name].js' } },
  },
};
