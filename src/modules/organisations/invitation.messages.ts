import type { ModuleMessages } from '../../i18n/catalogue.ts';

/** Invitations to join an organisation (decision 46). */
const en = {
  'org.invite.sent':
    'Invitation sent to {email}. If this address belongs to a Corridor account, the person sees the invitation when signed in and joins only if they accept.',
  'org.invite.already':
    'This address is already invited: wait for the answer or withdraw the invitation first',
  'org.invite.pendingTitle': 'Invitations waiting for an answer',
  'org.invite.sentOn': 'Sent {date}',
  'org.invite.withdraw': 'Withdraw the invitation to {email}',
  'org.invite.withdrawShort': 'Withdraw',
  'org.invite.withdrawn': 'Invitation withdrawn.',
  'org.invitations.title': 'Invitations to organisations',
  'org.invitations.lead': 'Organisations you are invited to join. You become a member only if you accept.',
  'org.invitations.empty': 'You have no invitations waiting for an answer.',
  'org.invitations.by': 'Invited as {role} by {name}, {date}.',
  'org.invitations.byUnknown': 'Invited as {role}, {date}.',
  'org.invitations.accept': 'Accept',
  'org.invitations.decline': 'Decline',
  'org.invitations.acceptLabel': 'Accept the invitation to join {name}',
  'org.invitations.declineLabel': 'Decline the invitation to join {name}',
  'org.invitations.accepted': 'You are now a member of this organisation.',
  'org.invitations.declined': 'Invitation declined.',
  'org.invitations.notice':
    'You have {count, plural, one {# invitation to join an organisation} other {# invitations to join organisations}} waiting for your answer.',
  'org.invitations.see': 'See your invitations',
};

export const invitationMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'org.invite.sent':
      'Invitation envoyée à {email}. Si cette adresse correspond à un compte Corridor, la personne voit l’invitation une fois connectée et ne devient membre que si elle l’accepte.',
    'org.invite.already':
      'Cette adresse est déjà invitée : attendez la réponse ou retirez d’abord l’invitation',
    'org.invite.pendingTitle': 'Invitations en attente de réponse',
    'org.invite.sentOn': 'Envoyée le {date}',
    'org.invite.withdraw': 'Retirer l’invitation envoyée à {email}',
    'org.invite.withdrawShort': 'Retirer',
    'org.invite.withdrawn': 'Invitation retirée.',
    'org.invitations.title': 'Invitations à des organisations',
    'org.invitations.lead':
      'Les organisations que vous êtes invité à rejoindre. Vous n’en devenez membre que si vous acceptez.',
    'org.invitations.empty': 'Aucune invitation n’attend votre réponse.',
    'org.invitations.by': 'Invitation comme {role} par {name}, le {date}.',
    'org.invitations.byUnknown': 'Invitation comme {role}, le {date}.',
    'org.invitations.accept': 'Accepter',
    'org.invitations.decline': 'Refuser',
    'org.invitations.acceptLabel': 'Accepter l’invitation à rejoindre {name}',
    'org.invitations.declineLabel': 'Refuser l’invitation à rejoindre {name}',
    'org.invitations.accepted': 'Vous êtes désormais membre de cette organisation.',
    'org.invitations.declined': 'Invitation refusée.',
    'org.invitations.notice':
      '{count, plural, one {# invitation à rejoindre une organisation attend votre réponse.} other {# invitations à rejoindre des organisations attendent votre réponse.}}',
    'org.invitations.see': 'Voir vos invitations',
  },
  es: {
    'org.invite.sent':
      'Invitación enviada a {email}. Si esta dirección pertenece a una cuenta de Corridor, la persona verá la invitación al iniciar sesión y solo será miembro si la acepta.',
    'org.invite.already':
      'Esta dirección ya está invitada: espere la respuesta o retire primero la invitación',
    'org.invite.pendingTitle': 'Invitaciones pendientes de respuesta',
    'org.invite.sentOn': 'Enviada el {date}',
    'org.invite.withdraw': 'Retirar la invitación enviada a {email}',
    'org.invite.withdrawShort': 'Retirar',
    'org.invite.withdrawn': 'Invitación retirada.',
    'org.invitations.title': 'Invitaciones a organizaciones',
    'org.invitations.lead': 'Organizaciones a las que se le invita a unirse. Solo será miembro si acepta.',
    'org.invitations.empty': 'No tiene invitaciones pendientes de respuesta.',
    'org.invitations.by': 'Invitación como {role} de {name}, el {date}.',
    'org.invitations.byUnknown': 'Invitación como {role}, el {date}.',
    'org.invitations.accept': 'Aceptar',
    'org.invitations.decline': 'Rechazar',
    'org.invitations.acceptLabel': 'Aceptar la invitación a unirse a {name}',
    'org.invitations.declineLabel': 'Rechazar la invitación a unirse a {name}',
    'org.invitations.accepted': 'Ya es miembro de esta organización.',
    'org.invitations.declined': 'Invitación rechazada.',
    'org.invitations.notice':
      'Tiene {count, plural, one {# invitación a unirse a una organización pendiente} other {# invitaciones a unirse a organizaciones pendientes}} de respuesta.',
    'org.invitations.see': 'Ver sus invitaciones',
  },
  ar: {
    'org.invite.sent':
      'أُرسلت الدعوة إلى {email}. إذا كان هذا العنوان لحساب في Corridor، فسيرى صاحبه الدعوة عند تسجيل الدخول ولن يصبح عضوًا إلا إذا قبلها.',
    'org.invite.already': 'هذا العنوان مدعو بالفعل: انتظر الرد أو اسحب الدعوة أولًا',
    'org.invite.pendingTitle': 'دعوات بانتظار الرد',
    'org.invite.sentOn': 'أُرسلت في {date}',
    'org.invite.withdraw': 'سحب الدعوة المرسلة إلى {email}',
    'org.invite.withdrawShort': 'سحب',
    'org.invite.withdrawn': 'سُحبت الدعوة.',
    'org.invitations.title': 'دعوات إلى منظمات',
    'org.invitations.lead': 'المنظمات التي دُعيت إلى الانضمام إليها. لا تصبح عضوًا إلا إذا قبلت.',
    'org.invitations.empty': 'لا توجد دعوات بانتظار ردك.',
    'org.invitations.by': 'دعوة بصفة {role} من {name}، {date}.',
    'org.invitations.byUnknown': 'دعوة بصفة {role}، {date}.',
    'org.invitations.accept': 'قبول',
    'org.invitations.decline': 'رفض',
    'org.invitations.acceptLabel': 'قبول الدعوة إلى الانضمام إلى {name}',
    'org.invitations.declineLabel': 'رفض الدعوة إلى الانضمام إلى {name}',
    'org.invitations.accepted': 'أصبحت الآن عضوًا في هذه المنظمة.',
    'org.invitations.declined': 'رُفضت الدعوة.',
    'org.invitations.notice':
      '{count, plural, one {لديك دعوة واحدة للانضمام إلى منظمة بانتظار ردك.} two {لديك دعوتان للانضمام إلى منظمات بانتظار ردك.} few {لديك # دعوات للانضمام إلى منظمات بانتظار ردك.} many {لديك # دعوة للانضمام إلى منظمات بانتظار ردك.} other {لديك # دعوة للانضمام إلى منظمات بانتظار ردك.}}',
    'org.invitations.see': 'عرض دعواتك',
  },
};
