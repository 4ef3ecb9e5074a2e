import { describe, expect, it } from 'vitest';
import { operationIdFor } from './openapi-contract.ts';

describe('operation ids made from method and path', () => {
  it.each([
    ['GET', '/api/v1/countries', 'listCountries'],
    ['GET', '/api/v1/countries/:alpha3', 'getCountry'],
    ['GET', '/api/v1/processes/:id/indicators', 'listProcessIndicators'],
    ['PATCH', '/api/v1/processes/:id/indicators/:indicatorId/values/:valueId', 'updateProcessIndicatorValue'],
    ['POST', '/api/v1/processes/:id/indicators/values:bulk', 'bulkCreateProcessIndicatorValues'],
    ['POST', '/api/v1/processes/:id/actions::bulk', 'bulkCreateProcessActions'],
    ['PUT', '/api/v1/processes/:id/lessons/:lid', 'setProcessLesson'],
    ['POST', '/api/v1/users/:id/approve', 'approveUser'],
    ['POST', '/api/v1/processes/:id/consultations/:cid/open', 'openProcessConsultation'],
    ['PUT', '/api/v1/processes/:id/body', 'setProcessBody'],
    ['GET', '/api/v1/processes/:id/body', 'getProcessBody'],
    ['GET', '/api/v1/me', 'getMe'],
    ['GET', '/api/v1/series', 'getSeries'],
    ['DELETE', '/api/v1/me/tokens/:id', 'deleteMeToken'],
    ['GET', '/api/v1/checklist-templates', 'listChecklistTemplates'],
  ])('%s %s -> %s', (method, url, id) => {
    expect(operationIdFor(method, url)).toBe(id);
  });
});
