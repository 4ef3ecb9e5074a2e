import { describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../../auth/actor.ts';
import { can } from './process.policy.ts';

const user = (role: 'admin' | 'moderator' | 'user'): Actor => ({
  kind: 'user',
  via: 'session',
  sessionId: 's',
  user: { id: 'u', email: 'u@example.org', name: 'U', role, status: 'active' },
});

describe('process policy', () => {
  const open = { visibility: 'public' as const };
  const closed = { visibility: 'private' as const };
  it('lets anyone read a public process and nobody outside read a private one', () => {
    expect(can(ANONYMOUS, 'view', open, null)).toBe(true);
    expect(can(ANONYMOUS, 'view', closed, null)).toBe(false);
    expect(can(user('user'), 'view', closed, null)).toBe(false);
    expect(can(user('moderator'), 'view', closed, null)).toBe(false);
    expect(can(user('user'), 'view', closed, 'observer')).toBe(true);
  });
  it('lets members edit, owners manage, observers only read', () => {
    expect(can(user('user'), 'edit', open, 'observer')).toBe(false);
    expect(can(user('user'), 'edit', open, 'member')).toBe(true);
    expect(can(user('user'), 'manage', open, 'member')).toBe(false);
    expect(can(user('user'), 'manage', open, 'owner')).toBe(true);
    expect(can(ANONYMOUS, 'edit', open, null)).toBe(false);
  });
  it('lets platform admins do everything', () => {
    expect(can(user('admin'), 'manage', closed, null)).toBe(true);
  });
});
