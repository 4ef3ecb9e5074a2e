// The module boundaries of docs/architecture.md, checked by `npm run deps` and by the test suite
// (src/modules/boundaries.test.ts runs scripts/dependencies.mjs). The cycle rule runs on a second
// pass without type-only imports: see that script and decision 75.

/** Files that assemble every module: they reach the modules only through the registry. */
const COMPOSITION = [
  '^src/app\\.ts$',
  '^src/bootstrap\\.ts$',
  '^src/demo\\.ts$',
  '^src/db/migrate\\.ts$',
  '^src/db/content-tables\\.ts$',
  '^src/cli/program\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-front-door',
      comment: 'Outside its folder, a module is imported only through its index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'module-not-registry',
      comment: 'A module never imports the registry of every module (src/modules/index.ts).',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/' },
      to: { path: '^src/modules/index\\.ts$' },
    },
    {
      name: 'kernel-not-module',
      comment:
        'Kernels never import a module. The composition files reach them through src/modules/index.ts; ' +
        'src/db/database.ts gathers the table types of module index files (type-only).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/modules/', '^src/db/database\\.ts$', ...COMPOSITION] },
      to: { path: '^src/modules/' },
    },
    {
      name: 'composition-through-registry',
      comment: 'The composition files import the registry, never a module directly.',
      severity: 'error',
      from: { path: COMPOSITION },
      to: { path: '^src/modules/', pathNot: '^src/modules/index\\.ts$' },
    },
    {
      name: 'database-through-index',
      comment: 'src/db/database.ts takes table types from a module’s index.ts only.',
      severity: 'error',
      from: { path: '^src/db/database\\.ts$' },
      to: {
        path: '^src/modules/',
        pathNot: '^src/modules/[^/]+/index\\.ts$',
      },
    },
    {
      name: 'database-types-only',
      comment: 'src/db/database.ts takes only types from a module (import type).',
      severity: 'error',
      from: { path: '^src/db/database\\.ts$' },
      to: { path: '^src/modules/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    // Tests and their helpers may reach into any file they test (as the shared checker allowed).
    exclude: { path: '\\.test(-helpers)?\\.tsx?$' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count for the boundaries: a module's types are part of what it exports.
    tsPreCompilationDeps: true,
  },
};
