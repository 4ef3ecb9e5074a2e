// Checks the import rules of .dependency-cruiser.cjs and keeps docs/dependency-graph.md current.
//   node scripts/dependencies.mjs          check the rules and that the graph is current (exit 1 if not)
//   node scripts/dependencies.mjs --write  the same, after writing the graph anew
import { readFileSync, writeFileSync } from 'node:fs';
import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const GRAPH = 'docs/dependency-graph.md';
/** One node per kernel folder (src/web, src/db…), per module (src/modules/data…) and per root file. */
const COLLAPSE = '^src/(modules/[^/]+|[^/]+)';

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig('tsconfig.json');
const all = await cruise(['src'], options, {}, { tsConfig });
let failed = false;
if (all.output.summary.error > 0) {
  failed = true;
  process.stdout.write((await format(all.output, { outputType: 'err' })).output);
}

const graph = await format(all.output, { outputType: 'mermaid', collapse: COLLAPSE });
const text = `# Dependency graph

<!-- Written by \`npm run deps:graph\` (scripts/dependencies.mjs); the test suite fails when it is stale. -->

What imports what in \`src/\`: one box per kernel, per module and per root file, type-only imports
included. Read with [architecture.md](architecture.md).

\`\`\`mermaid
${graph.output.trim()}
\`\`\`
`;
let current = '';
try {
  current = readFileSync(GRAPH, 'utf8');
} catch {}
if (process.argv.includes('--write')) writeFileSync(GRAPH, text);
else if (current !== text) {
  failed = true;
  process.stdout.write(`${GRAPH} is stale: run npm run deps:graph\n`);
}
const counts = {
  modules: all.output.summary.totalCruised,
  violations: all.output.summary.error,
};
process.stdout.write(`${JSON.stringify(counts)}\n`);
process.exit(failed ? 1 : 0);
