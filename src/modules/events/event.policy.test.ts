import { describe, expect, it } from 'vitest';
import { NO_ACCESS, systemAccess } from '../programmes/organisation-access.ts';
import { canCreateProgramme, canLeadWith, canUpdateProgramme } from '../programmes/programme.policy.ts';
import { canCreateEvent, canOrganiseWith, canUpdateEvent } from './event.policy.ts';

const editor = { userId: 'u1', isAdmin: false, editableOrganisationIds: new Set(['undp']) };
const plain = { userId: 'u2', isAdmin: false, editableOrganisationIds: new Set<string>() };
const admin = systemAccess('u3');

describe('programme and event policies', () => {
  it('let admins do everything', () => {
    expect(
      canCreateProgramme(admin) && canUpdateProgramme(admin, ['iom']) && canLeadWith(admin, ['iom']),
    ).toBe(true);
    expect(canCreateEvent(admin) && canUpdateEvent(admin, []) && canOrganiseWith(admin, [])).toBe(true);
  });

  it('let editors work on what their organisation leads or organises, and nothing else', () => {
    expect(canCreateProgramme(editor)).toBe(true);
    expect(canUpdateProgramme(editor, ['iom', 'undp'])).toBe(true);
    expect(canUpdateProgramme(editor, ['iom'])).toBe(false);
    expect(canLeadWith(editor, ['iom'])).toBe(false);
    expect(canCreateEvent(editor)).toBe(true);
    expect(canUpdateEvent(editor, ['undp'])).toBe(true);
    expect(canUpdateEvent(editor, [])).toBe(false);
  });

  it('let users without an organisation, and visitors, only read', () => {
    for (const access of [plain, NO_ACCESS]) {
      expect(canCreateProgramme(access) || canCreateEvent(access)).toBe(false);
      expect(canUpdateProgramme(access, ['undp']) || canUpdateEvent(access, ['undp'])).toBe(false);
    }
  });
});
