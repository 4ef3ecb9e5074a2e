import { z } from 'zod';
import type { App, AppDeps } from '../../../src/web/app-types.ts';
import { insertNotice, listNotices } from './noticeboard.repository.ts';
import { NoticeboardPage } from './noticeboard.views.tsx';

const noticeForm = z.object({ text: z.string().trim().min(1).max(200) });

/** Every route declares its policy: the board is public, pinning needs a signed-in person. */
export function noticeboardRoutes(app: App, { db }: AppDeps): void {
  app.get('/noticeboard', { config: { policy: 'public' } }, async (_request, reply) =>
    reply.page(<NoticeboardPage notices={await listNotices(db.kysely)} />),
  );
  app.post('/noticeboard', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const parsed = noticeForm.safeParse(request.body);
    if (!parsed.success) return reply.page(<NoticeboardPage notices={await listNotices(db.kysely)} />, 422);
    await insertNotice(db.kysely, parsed.data.text);
    return reply.seeOther('/noticeboard', { kind: 'success', key: 'noticeboard.pinned' });
  });
}
