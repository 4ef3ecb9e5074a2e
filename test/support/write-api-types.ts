// `npm run api:types`: writes the API's TypeScript types after an API change.
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

writeFileSync(API_TYPES_FILE, await generateApiTypes());
process.stdout.write(`Wrote ${API_TYPES_FILE.pathname}\n`);
