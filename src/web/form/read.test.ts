import { describe, expect, it } from 'vitest';
import { formFields, itemsOf, keptValues, listOf, MAX_ROWS, rowsOf, textOf, versionOf } from './read.ts';

describe('reading a form body', () => {
  it('reads text and lists whatever shape the body has, and never throws', () => {
    const body = { a: 'x', b: ['y', 'z'], c: 3 };
    expect(textOf(body, 'a')).toBe('x');
    expect(textOf(body, 'b')).toBe('y');
    expect(textOf(body, 'c')).toBe('');
    expect(listOf(body, 'b')).toEqual(['y', 'z']);
    expect(listOf(body, 'missing')).toEqual([]);
    expect(formFields(Buffer.from('a=1'))).toEqual({});
    expect(formFields(body)).toEqual({ a: 'x', b: 'y' });
  });

  it('never sends back the CSRF token or a password', () => {
    expect(keptValues({ _csrf: 't', name: 'A', password: 'p', confirmation: 'p' })).toEqual({ name: 'A' });
  });

  it('reads numbered rows in order, renumbered, dropping blank ones and those beyond the limit', () => {
    const body = {
      'rows.2.name': 'B',
      'rows.0.name': 'A',
      'rows.0.role': 'lead',
      'rows.1.name': ' ',
      'rows.1.role': 'funder',
      [`rows.${MAX_ROWS}.name`]: 'too far',
      'items.1': 'second',
      'items.0': 'first',
      'items.3': '',
    };
    expect(rowsOf(body, 'rows', ['name', 'role'], ['name'])).toEqual([
      { name: 'A', role: 'lead' },
      { name: 'B', role: '' },
    ]);
    expect(itemsOf(body, 'items')).toEqual(['first', 'second']);
  });

  it('reads the version a form was drawn at, or none', () => {
    expect(versionOf({ version: '4' })).toBe(4);
    expect(versionOf({ version: 'x' })).toBeNull();
    expect(versionOf({})).toBeNull();
  });

  it('treats a prefix as text, not as a pattern', () => {
    expect(itemsOf({ 'aXb.0': 'no', 'a.b.0': 'yes' }, 'a.b')).toEqual(['yes']);
  });
});
