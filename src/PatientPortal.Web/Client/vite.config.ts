import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const outDir = '../wwwroot/App_Plugins/PatientPortal';
// Names without hashes: the Razor SDK lists wwwroot's files before this build runs, so a file must keep its name.
const output = { chunkFileNames: '[name].js' };

/**
 * Inside the backoffice, Lit and Umbraco UI are the backoffice's own (one copy of each on the page): every import of
 * `lit`, `lit/*` and `@umbraco-ui/uui` becomes an import of the backoffice's externals, which its import map serves.
 * The screens' host seam (common/portal-element.ts) becomes the backoffice's (umbraco/portal-element.ts).
 */
function backofficeHost(): Plugin {
  const umbracoPortalElement = fileURLToPath(new URL('./src/umbraco/portal-element.ts', import.meta.url));
  return {
    name: 'patient-portal-backoffice-host',
    enforce: 'pre',
    resolveId(source) {
      if (source === 'lit' || source.startsWith('lit/')) {
        return { id: '@umbraco-cms/backoffice/external/lit', external: true };
      }

      if (source === '@umbraco-ui/uui' || source.startsWith('@umbraco-ui/uui/')) {
        return { id: '@umbraco-cms/backoffice/external/uui', external: true };
      }

      return source.endsWith('/common/portal-element.js') ? umbracoPortalElement : null;
    },
  };
}

// Two builds into the Razor class library's wwwroot, shipped under /App_Plugins/PatientPortal/:
// - `vite build`: patient-portal.js, the screens with their own Lit and Umbraco UI for the website's admin pages;
// - `vite build --mode backoffice`: umbraco-entry.js, the same screens over the backoffice's Lit, Umbraco UI,
//   modals, notifications and localization (everything from @umbraco-cms/backoffice comes from its import map).
export default defineConfig(({ mode }) =>
  mode === 'backoffice'
    ? {
        plugins: [backofficeHost()],
        build: {
          lib: {
            entry: {
              'umbraco-entry': 'src/umbraco/umbraco-entry.ts',
              // The `localization` extensions' files (umbraco-package.json): each default-exports its dictionary.
              'localization/en-GB': 'src/localization/en-GB.ts',
              'localization/es-ES': 'src/localization/es-ES.ts',
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
          rollupOptions: { external: [/^@umbraco-cms\//], output },
          outDir,
          emptyOutDir: false,
          sourcemap: true,
        },
      }
    : {
        build: {
          lib: { entry: { 'patient-portal': 'src/index.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rollupOptions: { external: [/^@umbraco-cms\//], output },
          outDir,
          emptyOutDir: false,
          sourcemap: true,
        },
      },
);
