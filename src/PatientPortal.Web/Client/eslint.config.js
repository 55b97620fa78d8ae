import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated from openapi/patient-portal.json on every build (openapi-ts.config.ts), never edited by hand.
  { ignores: ['src/api/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts'],
  },
);
