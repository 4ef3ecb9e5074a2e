import { describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../../auth/actor.ts';
import type { PlatformRole } from '../../auth/auth.table.ts';
import { can, canCreateOrganisation, permissionsFor } from './organisation.policy.ts';
import type { MembershipRole } from './organisation.table.ts';

function user(role: PlatformRole = 'user'): Actor {
  return {
    kind: 'user',
    via: 'session',
    sessionId: 's',
    user: { id: 'u', email: 'u@example.org', name: 'U', role, status: 'active' },
  };
}

describe('organisation policy', () => {
  const cases: [
    string,
    Actor,
    MembershipRole | null,
    { viewMembers: boolean; edit: boolean; manageMembers: boolean },
  ][] = [
    ['anonymous', ANONYMOUS, null, { viewMembers: false, edit: false, manageMembers: false }],
    ['a signed-in outsider', user(), null, { viewMembers: true, edit: false, manageMembers: false }],
    ['a member', user(), 'member', { viewMembers: true, edit: false, manageMembers: false }],
    ['an editor', user(), 'editor', { viewMembers: true, edit: true, manageMembers: false }],
    ['an owner', user(), 'owner', { viewMembers: true, edit: true, manageMembers: true }],
    [
      'a moderator who is not a member',
      user('moderator'),
      null,
      { viewMembers: true, edit: false, manageMembers: false },
    ],
    [
      'a platform admin who is not a member',
      user('admin'),
      null,
      { viewMembers: true, edit: true, manageMembers: true },
    ],
  ];

  it.each(cases)('lets %s do exactly what the role allows', (_who, actor, role, expected) => {
    expect(permissionsFor(actor, role)).toEqual(expected);
    expect(can(actor, 'view', role)).toBe(true);
  });

  it('lets any signed-in user, and only them, add an organisation', () => {
    expect(canCreateOrganisation(ANONYMOUS)).toBe(false);
    expect(canCreateOrganisation(user())).toBe(true);
  });
});
