// The module boundaries of docs/architecture.md, checked by `npm run deps` and by the test suite
// (src/modules/boundaries.test.ts runs scripts/dependencies.mjs). Decision 75.

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
      name: 'no-circular',
      comment: 'No import cycles, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
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
        'Kernels never import a module; the composition files reach them through src/modules/index.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/modules/', ...COMPOSITION] },
      to: { path: '^src/modules/' },
    },
    {
      name: 'composition-through-registry',
      comment: 'The composition files import the registry, never a module directly.',
      severity: 'error',
      from: { path: COMPOSITION },
      to: { path: '^src/modules/', pathNot: '^src/modules/index\\.ts$' },
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
