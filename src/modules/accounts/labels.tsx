import type { PlatformRole } from '../../auth/auth.table.ts';
import { useT } from '../../web/view-context.ts';
import type { MembershipRole } from '../organisations/index.ts';

/** A platform role in the reader's language. */
export function RoleLabel({ role }: { role: PlatformRole }) {
  const { t } = useT();
  if (role === 'admin') return <>{t('account.role.admin')}</>;
  if (role === 'moderator') return <>{t('account.role.moderator')}</>;
  return <>{t('account.role.user')}</>;
}

/** A role in an organisation in the reader's language. */
export function MembershipRoleLabel({ role }: { role: MembershipRole }) {
  const { t } = useT();
  if (role === 'owner') return <>{t('account.membership.owner')}</>;
  if (role === 'editor') return <>{t('account.membership.editor')}</>;
  return <>{t('account.membership.member')}</>;
}
