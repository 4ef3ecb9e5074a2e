import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../src/app.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { openDb } from '../../src/db/connection.ts';

/** Where the generated types of the API live (checked in, so clients and tests type-check). */
export const API_TYPES_FILE = new URL('./openapi-types.generated.ts', import.meta.url);

const HEADER = `// Types of Corridor's API, generated from /api/openapi.json by openapi-typescript.
// Do not edit: \`npm run api:types\` writes this file again; a test fails when it is stale.
`;

/** The TypeScript types of the OpenAPI document an app built on a fresh database serves. */
export async function generateApiTypes(): Promise<string> {
  const db = openDb(':memory:');
  await prepareDatabase(db);
  const app = await buildApp({
    db,
    config: loadConfig({
      DATABASE_URL: ':memory:',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://localhost:3000',
    }),
  });
  try {
    await app.ready();
    const document = (await app.inject('/api/openapi.json')).json();
    return HEADER + astToString(await openapiTS(document));
  } finally {
    await app.close();
    await db.close();
  }
}
