import type { ModuleMessages } from '../../i18n/catalogue.ts';

/** What organisations pass on in a process (decision 44) and invitations (decision 45). */
const en = {
  'process.members.passes.member':
    'Everyone in this organisation ({count, plural, one {# person} other {# people}}) can edit the content through this entry.',
  'process.members.passes.observer':
    'Everyone in this organisation ({count, plural, one {# person} other {# people}}) can read the process through this entry.',
  'process.members.orgRule':
    'An organisation listed here passes its role to everyone in it, whatever their role in the organisation, and never more than member: owners are people named here. Change the role of its entry, or remove it, to change what it passes on.',
  'process.members.error.organisationOwner':
    'An organisation cannot own a process: choose member or observer, and name people as owners',
  'process.rights.title': 'Roles in processes',
  'process.rights.lead':
    'These processes list this organisation, so everyone in it gets the role shown, whatever their role here. The owners of each process choose that role and can change or remove it.',
  'process.rights.member': 'Member: everyone here can edit the content',
  'process.rights.observer': 'Observer: everyone here can read it',
  'process.invite.sent':
    'Invitation sent to {email}. If this address belongs to a Corridor account, the person sees the invitation when signed in and joins only if they accept.',
  'process.invite.pendingTitle': 'Invitations waiting for an answer',
  'process.invite.pendingLead':
    'People join only when they accept. An address without an account sees its invitation once an account uses it.',
  'process.invite.sentOn': 'Sent {date}',
  'process.invite.withdraw': 'Withdraw the invitation to {email}',
  'process.invite.withdrawShort': 'Withdraw',
  'process.invite.withdrawn': 'Invitation withdrawn',
  'process.invite.already':
    'This address is already invited: wait for the answer or withdraw the invitation first',
  'process.invitations.title': 'Your invitations',
  'process.invitations.lead': 'Processes you are invited to take part in. You join only if you accept.',
  'process.invitations.empty': 'You have no invitations waiting for an answer.',
  'process.invitations.by': 'Invited as {role} by {name}, {date}.',
  'process.invitations.byUnknown': 'Invited as {role}, {date}.',
  'process.invitations.accept': 'Accept',
  'process.invitations.decline': 'Decline',
  'process.invitations.acceptLabel': 'Accept the invitation to {title}',
  'process.invitations.declineLabel': 'Decline the invitation to {title}',
  'process.invitations.accepted': 'You have joined the process.',
  'process.invitations.declined': 'Invitation declined',
  'process.invitations.notice':
    'You have {count, plural, one {# invitation to a process} other {# invitations to processes}} waiting for your answer.',
  'process.invitations.see': 'See your invitations',
};

export const memberMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'process.members.passes.member':
      'Toutes les personnes de cette organisation ({count, plural, one {# personne} other {# personnes}}) peuvent modifier le contenu par cette entrée.',
    'process.members.passes.observer':
      'Toutes les personnes de cette organisation ({count, plural, one {# personne} other {# personnes}}) peuvent lire le processus par cette entrée.',
    'process.members.orgRule':
      'Une organisation inscrite ici transmet son rôle à toutes ses personnes, quel que soit leur rôle dans l’organisation, et jamais plus que membre : les propriétaires sont des personnes nommées ici. Changez le rôle de son entrée, ou retirez-la, pour changer ce qu’elle transmet.',
    'process.members.error.organisationOwner':
      'Une organisation ne peut pas être propriétaire d’un processus : choisissez membre ou observateur, et nommez des personnes propriétaires',
    'process.rights.title': 'Rôles dans les processus',
    'process.rights.lead':
      'Ces processus inscrivent cette organisation : toutes ses personnes y reçoivent le rôle indiqué, quel que soit leur rôle ici. Les propriétaires de chaque processus choisissent ce rôle et peuvent le changer ou le retirer.',
    'process.rights.member': 'Membre : toutes les personnes d’ici peuvent modifier le contenu',
    'process.rights.observer': 'Observateur : toutes les personnes d’ici peuvent le lire',
    'process.invite.sent':
      'Invitation envoyée à {email}. Si cette adresse correspond à un compte Corridor, la personne voit l’invitation une fois connectée et ne rejoint le processus que si elle l’accepte.',
    'process.invite.pendingTitle': 'Invitations en attente de réponse',
    'process.invite.pendingLead':
      'Les personnes ne rejoignent le processus que si elles acceptent. Une adresse sans compte voit son invitation dès qu’un compte l’utilise.',
    'process.invite.sentOn': 'Envoyée le {date}',
    'process.invite.withdraw': 'Retirer l’invitation envoyée à {email}',
    'process.invite.withdrawShort': 'Retirer',
    'process.invite.withdrawn': 'Invitation retirée',
    'process.invite.already':
      'Cette adresse est déjà invitée : attendez la réponse ou retirez d’abord l’invitation',
    'process.invitations.title': 'Vos invitations',
    'process.invitations.lead':
      'Les processus auxquels vous êtes invité à participer. Vous ne les rejoignez que si vous acceptez.',
    'process.invitations.empty': 'Aucune invitation n’attend votre réponse.',
    'process.invitations.by': 'Invitation comme {role} par {name}, le {date}.',
    'process.invitations.byUnknown': 'Invitation comme {role}, le {date}.',
    'process.invitations.accept': 'Accepter',
    'process.invitations.decline': 'Refuser',
    'process.invitations.acceptLabel': 'Accepter l’invitation à {title}',
    'process.invitations.declineLabel': 'Refuser l’invitation à {title}',
    'process.invitations.accepted': 'Vous avez rejoint le processus.',
    'process.invitations.declined': 'Invitation refusée',
    'process.invitations.notice':
      '{count, plural, one {# invitation à un processus attend votre réponse.} other {# invitations à des processus attendent votre réponse.}}',
    'process.invitations.see': 'Voir vos invitations',
  },
  es: {
    'process.members.passes.member':
      'Todas las personas de esta organización ({count, plural, one {# persona} other {# personas}}) pueden editar el contenido mediante esta entrada.',
    'process.members.passes.observer':
      'Todas las personas de esta organización ({count, plural, one {# persona} other {# personas}}) pueden leer el proceso mediante esta entrada.',
    'process.members.orgRule':
      'Una organización inscrita aquí transmite su función a todas sus personas, sea cual sea su función en la organización, y nunca más que miembro: los propietarios son personas nombradas aquí. Cambie la función de su entrada, o retírela, para cambiar lo que transmite.',
    'process.members.error.organisationOwner':
      'Una organización no puede ser propietaria de un proceso: elija miembro u observador, y nombre a personas como propietarias',
    'process.rights.title': 'Funciones en procesos',
    'process.rights.lead':
      'Estos procesos inscriben a esta organización: todas sus personas reciben la función indicada, sea cual sea su función aquí. Los propietarios de cada proceso eligen esa función y pueden cambiarla o retirarla.',
    'process.rights.member': 'Miembro: todas las personas de aquí pueden editar el contenido',
    'process.rights.observer': 'Observador: todas las personas de aquí pueden leerlo',
    'process.invite.sent':
      'Invitación enviada a {email}. Si esta dirección pertenece a una cuenta de Corridor, la persona verá la invitación al iniciar sesión y solo se unirá si la acepta.',
    'process.invite.pendingTitle': 'Invitaciones pendientes de respuesta',
    'process.invite.pendingLead':
      'Las personas solo se unen si aceptan. Una dirección sin cuenta verá su invitación en cuanto una cuenta la use.',
    'process.invite.sentOn': 'Enviada el {date}',
    'process.invite.withdraw': 'Retirar la invitación enviada a {email}',
    'process.invite.withdrawShort': 'Retirar',
    'process.invite.withdrawn': 'Invitación retirada',
    'process.invite.already':
      'Esta dirección ya está invitada: espere la respuesta o retire primero la invitación',
    'process.invitations.title': 'Sus invitaciones',
    'process.invitations.lead': 'Procesos en los que se le invita a participar. Solo se une si acepta.',
    'process.invitations.empty': 'No tiene invitaciones pendientes de respuesta.',
    'process.invitations.by': 'Invitación como {role} de {name}, el {date}.',
    'process.invitations.byUnknown': 'Invitación como {role}, el {date}.',
    'process.invitations.accept': 'Aceptar',
    'process.invitations.decline': 'Rechazar',
    'process.invitations.acceptLabel': 'Aceptar la invitación a {title}',
    'process.invitations.declineLabel': 'Rechazar la invitación a {title}',
    'process.invitations.accepted': 'Se ha unido al proceso.',
    'process.invitations.declined': 'Invitación rechazada',
    'process.invitations.notice':
      'Tiene {count, plural, one {# invitación a un proceso pendiente} other {# invitaciones a procesos pendientes}} de respuesta.',
    'process.invitations.see': 'Ver sus invitaciones',
  },
  ar: {
    'process.members.passes.member':
      'يستطيع كل من في هذه المنظمة ({count, plural, one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}) تعديل المحتوى من خلال هذا الإدخال.',
    'process.members.passes.observer':
      'يستطيع كل من في هذه المنظمة ({count, plural, one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}) قراءة العملية من خلال هذا الإدخال.',
    'process.members.orgRule':
      'تنقل المنظمة المدرجة هنا دورها إلى كل من فيها، أيًّا كان دوره في المنظمة، ولا يتجاوز ذلك دور العضو أبدًا: المالكون أشخاص مذكورون بأسمائهم هنا. غيّر دور إدخالها أو أزِله لتغيير ما تنقله.',
    'process.members.error.organisationOwner':
      'لا يمكن لمنظمة أن تملك عملية: اختر عضوًا أو مراقبًا، وعيّن أشخاصًا مالكين',
    'process.rights.title': 'الأدوار في العمليات',
    'process.rights.lead':
      'تُدرج هذه العمليات هذه المنظمة، فيحصل كل من فيها على الدور المبيّن أيًّا كان دوره هنا. يختار مالكو كل عملية هذا الدور ويمكنهم تغييره أو إزالته.',
    'process.rights.member': 'عضو: يستطيع كل من هنا تعديل المحتوى',
    'process.rights.observer': 'مراقب: يستطيع كل من هنا قراءتها',
    'process.invite.sent':
      'أُرسلت الدعوة إلى {email}. إذا كان هذا العنوان لحساب في Corridor، فسيرى صاحبه الدعوة عند تسجيل الدخول ولن ينضم إلا إذا قبلها.',
    'process.invite.pendingTitle': 'دعوات بانتظار الرد',
    'process.invite.pendingLead':
      'لا ينضم الأشخاص إلا إذا قبلوا. العنوان الذي لا حساب له يرى دعوته متى استخدمه حساب.',
    'process.invite.sentOn': 'أُرسلت في {date}',
    'process.invite.withdraw': 'سحب الدعوة المرسلة إلى {email}',
    'process.invite.withdrawShort': 'سحب',
    'process.invite.withdrawn': 'سُحبت الدعوة',
    'process.invite.already': 'هذا العنوان مدعو بالفعل: انتظر الرد أو اسحب الدعوة أولًا',
    'process.invitations.title': 'دعواتك',
    'process.invitations.lead': 'العمليات التي دُعيت إلى المشاركة فيها. لا تنضم إلا إذا قبلت.',
    'process.invitations.empty': 'لا توجد دعوات بانتظار ردك.',
    'process.invitations.by': 'دعوة بصفة {role} من {name}، {date}.',
    'process.invitations.byUnknown': 'دعوة بصفة {role}، {date}.',
    'process.invitations.accept': 'قبول',
    'process.invitations.decline': 'رفض',
    'process.invitations.acceptLabel': 'قبول الدعوة إلى {title}',
    'process.invitations.declineLabel': 'رفض الدعوة إلى {title}',
    'process.invitations.accepted': 'انضممت إلى العملية.',
    'process.invitations.declined': 'رُفضت الدعوة',
    'process.invitations.notice':
      '{count, plural, one {لديك دعوة واحدة إلى عملية بانتظار ردك.} two {لديك دعوتان إلى عمليات بانتظار ردك.} few {لديك # دعوات إلى عمليات بانتظار ردك.} many {لديك # دعوة إلى عمليات بانتظار ردك.} other {لديك # دعوة إلى عمليات بانتظار ردك.}}',
    'process.invitations.see': 'عرض دعواتك',
  },
};
