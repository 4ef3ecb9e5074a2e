import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerMessages } from '../../i18n/catalogue.ts';
import { translator } from '../../i18n/translator.ts';
import { webMessages } from '../web.messages.ts';
import { fieldErrors } from './problems.ts';

registerMessages(webMessages);

const schema = z.object({ name: z.string().min(1), year: z.number().int(), email: z.email() });
const labels = { name: 'Name', year: 'Year', email: 'Email address' };

function errorsFor(input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return fieldErrors(parsed.error, translator('en'), labels);
}

describe('form error messages', () => {
  it('asks for a missing field, and says a wrong type is not valid', () => {
    const errors = errorsFor({ name: '', year: 'nineteen', email: 'x' });
    expect(errors.name).toMatch(/^Enter/);
    expect(errors.year).not.toMatch(/^Enter/);
    expect(errors.year).toContain('year');
    const missing = errorsFor({});
    expect(missing.year).toMatch(/^Enter/);
    expect(missing.name).toMatch(/^Enter/);
  });

  it('keeps the fields in form order, one message each', () => {
    expect(Object.keys(errorsFor({}))).toEqual(['name', 'year', 'email']);
  });
});
