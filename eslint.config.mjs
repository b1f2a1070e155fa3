import js from '@eslint/js'
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'

/**
 * Next's own rules (React, hooks, a11y, Core Web Vitals) and typescript-eslint's recommended
 * set, as Payload's website template has them, plus the direction imports may point:
 * app/ → components/ → lib/; collections/, globals/ → lib/; lib/ imports none of them; no cycles.
 */

/** `target` may not import from `from`; `message` says what to do instead. */
const zone = (target, from, message) => ({ target, from, message })

const layers = [
  zone('./lib', './app', 'lib/ is the bottom layer: pass what it needs in as an argument.'),
  zone('./lib', './components', 'lib/ is the bottom layer: move the shared type or value into lib/.'),
  zone('./lib', './collections', 'lib/ is the bottom layer: move the shared value into lib/.'),
  zone('./lib', './globals', 'lib/ is the bottom layer: move the shared value into lib/.'),
  zone('./components', './app', 'components/ sit under app/: take what the app provides as a prop.'),
  zone('./components', './collections', 'components/ read collections through lib/.'),
  zone('./components', './globals', 'components/ read globals through lib/.'),
  zone('./collections', './app', 'collections/ sit beside the app, not under it.'),
  zone('./collections', './components', 'collections/ point at admin components by path string, not import.'),
  zone('./globals', './app', 'globals/ sit beside the app, not under it.'),
  zone('./globals', './components', 'globals/ point at admin components by path string, not import.'),
  zone(
    ['./app', './components', './collections', './globals', './lib', './scripts'],
    ['./tests', './bench'],
    'the app does not depend on its tests or benchmarks.',
  ),
  zone(
    './bench',
    './tests/setup',
    "tests/setup is vitest's global setup: share the piece through lib/runtime/ instead.",
  ),
]

const config = [
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      '.data/**',
      'node_modules/**',
      'tmp/**',
      'bench/results/**',
      'bench/pages/bare-app/**',
      'next-env.d.ts',
      'payload-types.ts',
      'payload-generated-schema.ts',
      'app/(payload)/admin/importMap.js',
      'migrations/*.json',
    ],
  },
  js.configs.recommended,
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      // What import-x needs to read the files an import leads to (for no-cycle), and to resolve `@/`.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    plugins: { 'import-x': importX },
    rules: {
      // TypeScript checks these itself, with the types eslint cannot see.
      'no-undef': 'off',
      'no-redeclare': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Settings are read in lib/env/ only: one accessor per setting, with its default and its check. Tests and
    // benchmarks set up the environment of the servers they start, so they may touch it directly.
    ignores: ['lib/env/**', 'tests/**', 'bench/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings through an accessor in lib/env/ (add one there if it is missing).',
        },
      ],
    },
  },
  {
    // Migrations are generated with `({ db, payload, req })` whether they use them or not.
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
]

export default config
