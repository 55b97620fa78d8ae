import { defineConfig } from '@hey-api/openapi-ts';

// The management client is generated from the checked-in copy of the package's own OpenAPI document (kept equal to
// what the server serves by the integration test OpenApiSnapshotTests) on every `npm run build`, into a folder git
// ignores: it is never edited by hand and cannot go stale against the document.
export default defineConfig({
  input: './openapi/patient-portal.json',
  output: { path: './src/api/generated', clean: true },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  logs: { level: 'warn', file: false },
});
