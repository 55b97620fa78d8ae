import { defineConfig } from 'vite';

// One ES module with the elements, written into the Razor class library's wwwroot so it ships with the
// package at /App_Plugins/PatientPortal/patient-portal.js.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'patient-portal.js' },
    outDir: '../wwwroot/App_Plugins/PatientPortal',
    emptyOutDir: false,
    sourcemap: true,
  },
});
