import { defineConfig } from 'vite';

// Two ES modules, written into the Razor class library's wwwroot so they ship with the package under
// /App_Plugins/PatientPortal/: patient-portal.js (the screens with Umbraco UI, for the website's admin pages) and
// umbraco-entry.js (the backoffice wrappers; @umbraco-cms/backoffice comes from the backoffice's import map).
export default defineConfig({
  build: {
    lib: {
      entry: { 'patient-portal': 'src/index.ts', 'umbraco-entry': 'src/umbraco/umbraco-entry.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    // Names without hashes: the Razor SDK lists wwwroot's files before this build runs, so a file must keep its name.
    rollupOptions: { external: [/^@umbraco-cms\//], output: { chunkFileNames: '[name].js' } },
    outDir: '../wwwroot/App_Plugins/PatientPortal',
    emptyOutDir: false,
    sourcemap: true,
  },
});
