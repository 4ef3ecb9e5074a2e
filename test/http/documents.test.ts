import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEventDemo } from '../../src/modules/events/event.demo.ts';
import { loadProgrammeDemo } from '../../src/modules/programmes/programme.demo.ts';
import { apiToken } from '../support/api-token.ts';
import { DIALECTS } from '../support/databases.ts';
import { buildProcess } from '../support/factories.ts';
import { type Browser, buildUser, testApp } from '../support/http.ts';
import { multipartBody } from '../support/multipart.ts';
import { addMembership, seedOrganisations, signedIn } from '../support/seed-organisations.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Sends the upload form of `ownerPath` as a browser would, the CSRF token read from its page. */
async function upload(
  browser: Browser,
  ownerPath: string,
  file: { name: string; content: Buffer } | undefined,
  fields: Record<string, string> = {},
) {
  const token = await browser.csrfToken(`/documents/${ownerPath}/new`);
  const body = multipartBody({ _csrf: token, ...fields }, file);
  return browser.app.inject({
    method: 'POST',
    url: `/documents/${ownerPath}`,
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': body.contentType,
    },
    payload: body.payload,
  });
}

describe.each(DIALECTS)('documents attached to events on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let eventId: string;
  let editor: Browser;
  let stranger: Browser;
  let editorToken: string;
  let strangerToken: string;

  const documentRows = () =>
    ctx.db.kysely.selectFrom('documents').selectAll().where('owner_id', '=', eventId).execute();

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const refs = await seedOrganisations(ctx.db);
    const admin = await buildUser(ctx.db, { role: 'admin' });
    const editorUser = await buildUser(ctx.db);
    const strangerUser = await buildUser(ctx.db);
    await addMembership(ctx.db, refs.get('org:jmdi')!, editorUser.id, 'editor');
    const context = { db: ctx.db, refs, actorId: admin.id };
    await loadProgrammeDemo(context);
    await loadEventDemo(context);
    eventId = refs.get('event:jmdi-competition')!;
    editor = await signedIn(ctx.app, ctx.db, editorUser.id);
    stranger = await signedIn(ctx.app, ctx.db, strangerUser.id);
    editorToken = await apiToken(ctx.db, editorUser);
    strangerToken = await apiToken(ctx.db, strangerUser);
  });
  afterAll(() => ctx.close());

  it('lets an organiser attach a PDF that anyone reading the event can download, audited', async () => {
    const anonymousPage = await ctx.app.inject(`/events/${eventId}`);
    expect(anonymousPage.body).toContain('No documents yet.');
    expect(anonymousPage.body).not.toContain('Add a document');
    expect((await editor.get(`/events/${eventId}`)).body).toContain(`href="/documents/event/${eventId}/new"`);

    const sent = await upload(
      editor,
      `event/${eventId}`,
      { name: 'C:\\fakepath\\Jury report.pdf', content: PDF },
      {
        title: 'Report of the jury',
      },
    );
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/events/${eventId}#documents`);
    const [row] = await documentRows();
    expect(row).toMatchObject({ kind: 'pdf', file_name: 'Jury report.pdf', title: 'Report of the jury' });

    const page = await ctx.app.inject(`/events/${eventId}`);
    expect(page.body).toContain(`href="/documents/${row!.id}/download"`);
    expect(page.body).toContain('Report of the jury');
    const download = await ctx.app.inject(`/documents/${row!.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="Jury-report.pdf"; filename*=UTF-8\'\'Jury%20report.pdf',
    );
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(PDF)).toBe(true);

    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', row!.id)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('document.attach');
  });

  it('re-encodes a picture upright, without its metadata, and makes a thumbnail', async () => {
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2a6' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'Somebody', Software: 'Camera 1.0' } } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const sent = await upload(editor, `event/${eventId}`, { name: 'winner.jpeg', content: photo });
    expect(sent.statusCode).toBe(303);
    const row = (await documentRows()).find((d) => d.kind === 'image')!;
    expect(row).toMatchObject({ media_type: 'image/jpeg', file_name: 'winner.jpg', width: 400, height: 600 });
    const stored = await ctx.app.inject(`/documents/${row.id}/download`);
    const metadata = await sharp(stored.rawPayload).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    const thumbnail = await ctx.app.inject(`/documents/${row.id}/thumbnail`);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumbnail.rawPayload).metadata()).width).toBe(320);
    expect((await ctx.app.inject(`/events/${eventId}`)).body).toContain(
      `src="/documents/${row.id}/thumbnail"`,
    );
  });

  it('says what is wrong beside the file field, and stores nothing, for refused files', async () => {
    const before = (await documentRows()).length;
    const program = Buffer.alloc(2048);
    program.write('MZ');
    const disguised = await upload(editor, `event/${eventId}`, { name: 'agenda.pdf', content: program });
    expect(disguised.statusCode).toBe(422);
    expect(disguised.body).toContain('id="file-error"');
    expect(disguised.body).toContain('This file is application/x-msdownload, which Corridor does not keep');

    const none = await upload(editor, `event/${eventId}`, undefined, { title: 'Kept title' });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Choose a file to upload');
    expect(none.body).toContain('value="Kept title"');

    const hugePicture = Buffer.alloc(11 * 1024 * 1024);
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(hugePicture);
    const tooLarge = await upload(editor, `event/${eventId}`, { name: 'huge.png', content: hugePicture });
    expect(tooLarge.statusCode).toBe(422);
    expect(tooLarge.body).toContain('larger than 10 MB, the limit for its type');

    const bomb = Buffer.from(
      await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    // The header claims 100,000 × 100,000 pixels: refused before decoding.
    bomb.writeUInt32BE(100_000, 16);
    bomb.writeUInt32BE(100_000, 20);
    const claimed = await upload(editor, `event/${eventId}`, { name: 'bomb.png', content: bomb });
    expect(claimed.statusCode).toBe(422);
    expect(claimed.body).toContain('The picture could not be read, or is too large');
    expect((await documentRows()).length).toBe(before);
  });

  it('hides the upload from people who may not change the event, before reading the file', async () => {
    const before = (await documentRows()).length;
    expect((await stranger.get(`/documents/event/${eventId}/new`)).statusCode).toBe(404);
    const body = multipartBody({ _csrf: 'x' }, { name: 'a.pdf', content: PDF });
    const strangerPost = await ctx.app.inject({
      method: 'POST',
      url: `/documents/event/${eventId}`,
      headers: {
        cookie: [...stranger.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': body.contentType,
      },
      payload: body.payload,
    });
    expect(strangerPost.statusCode).toBe(404);
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: `/documents/event/${eventId}`,
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await ctx.app.inject(`/documents/event/${eventId}/new`)).statusCode).toBe(303);
    for (const url of [
      '/documents/nowhere/x/new',
      '/documents/event/not-an-event/new',
      '/documents/EVENT/x/new',
    ])
      expect((await editor.get(url)).statusCode).toBe(404);
    expect((await ctx.app.inject('/documents/nope/download')).statusCode).toBe(404);
    expect((await documentRows()).length).toBe(before);
  });

  it('serves the same through the API, with the event’s permissions', async () => {
    const csv = Buffer.from('year,photos,videos\n2012,41,15\n');
    const created = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/documents/event/${eventId}?name=entries.csv&title=Entries`,
      headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(created.statusCode).toBe(201);
    const document = created.json() as { id: string; kind: string; mediaType: string; byteSize: number };
    expect(document).toMatchObject({ kind: 'csv', mediaType: 'text/csv', byteSize: csv.length });

    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/documents/event/${eventId}?name=entries.csv`,
      headers: { authorization: `Bearer ${strangerToken}`, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(refused.statusCode).toBe(404);
    const invalid = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/documents/event/${eventId}?name=run.csv`,
      headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0x4d, 0x5a, 0, 0, 1, 2]),
    });
    const tooLarge = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/documents/event/${eventId}?name=big.pdf`,
      headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/pdf' },
      payload: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(26 * 1024 * 1024, 0x20)]),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({
      code: 'FileTooLarge',
      detail: 'The request is larger than this address accepts: send a smaller file',
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expect((invalid.json() as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe('/file');

    const list = (await ctx.app.inject(`/api/v1/documents/event/${eventId}`)).json() as {
      data: { id: string }[];
    };
    expect(list.data.map((d) => d.id)).toContain(document.id);
    const content = await ctx.app.inject(`/api/v1/documents/${document.id}/content`);
    expect(content.body).toBe(csv.toString());
    expect((await ctx.app.inject(`/api/v1/documents/event/nope`)).statusCode).toBe(404);

    const strangerDelete = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/documents/${document.id}`,
      headers: { authorization: `Bearer ${strangerToken}` },
    });
    expect(strangerDelete.statusCode).toBe(404);
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/documents/${document.id}`,
      headers: { authorization: `Bearer ${editorToken}` },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await ctx.app.inject(`/api/v1/documents/${document.id}`)).statusCode).toBe(404);
  });

  it('removes a document from the event page, audited', async () => {
    const [row] = await documentRows();
    expect((await stranger.form(`/documents/${row!.id}/delete`, {}, `/events/${eventId}`)).statusCode).toBe(
      404,
    );
    const removed = await editor.form(`/documents/${row!.id}/delete`, {}, `/events/${eventId}`);
    expect(removed.statusCode).toBe(303);
    expect((await ctx.app.inject(`/documents/${row!.id}/download`)).statusCode).toBe(404);
    const content = await ctx.db.kysely
      .selectFrom('document_contents')
      .select('part')
      .where('document_id', '=', row!.id)
      .execute();
    expect(content).toEqual([]);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', row!.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['document.attach', 'document.remove']);
  });
});

describe.each(DIALECTS)('documents of a private process on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let processId: string;
  let member: Browser;
  let observer: Browser;
  let outsider: Browser;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const [memberUser, observerUser, outsiderUser] = [
      await buildUser(ctx.db),
      await buildUser(ctx.db),
      await buildUser(ctx.db),
    ];
    const process = await buildProcess(ctx.db, { visibility: 'private' }, [
      { userId: memberUser.id, role: 'member' },
      { userId: observerUser.id, role: 'observer' },
    ]);
    processId = process.id;
    member = await signedIn(ctx.app, ctx.db, memberUser.id);
    observer = await signedIn(ctx.app, ctx.db, observerUser.id);
    outsider = await signedIn(ctx.app, ctx.db, outsiderUser.id);
  });
  afterAll(() => ctx.close());

  it('shows its files to the members only, and lets observers read but not add', async () => {
    const sent = await upload(member, `process/${processId}`, {
      name: 'terms of reference.pdf',
      content: PDF,
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/processes/${processId}#documents`);
    const row = await ctx.db.kysely
      .selectFrom('documents')
      .selectAll()
      .where('owner_id', '=', processId)
      .executeTakeFirstOrThrow();
    expect((await member.get(`/processes/${processId}`)).body).toContain(`/documents/${row.id}/download`);

    const observed = await observer.get(`/processes/${processId}`);
    expect(observed.body).toContain(`/documents/${row.id}/download`);
    expect(observed.body).not.toContain(`/documents/process/${processId}/new`);
    expect((await observer.get(`/documents/${row.id}/download`)).statusCode).toBe(200);
    expect((await observer.get(`/documents/process/${processId}/new`)).statusCode).toBe(404);
    expect(
      (await observer.form(`/documents/${row.id}/delete`, {}, `/processes/${processId}`)).statusCode,
    ).toBe(404);

    for (const url of [
      `/documents/${row.id}/download`,
      `/api/v1/documents/${row.id}`,
      `/api/v1/documents/process/${processId}`,
    ]) {
      expect((await outsider.get(url)).statusCode, url).toBe(404);
      expect((await ctx.app.inject(url)).statusCode, url).toBe(404);
    }
  });
  it('holds the evidence of a lesson, shown on the lesson page, and goes with the lesson', async () => {
    const log = `/processes/${processId}/lessons`;
    const created = await member.form(
      log,
      {
        text: 'Bring the planning commission in from the start.',
        tags: '',
        stage: '',
        'date.day': '',
        'date.month': '',
        'date.year': '',
        source: '',
      },
      `${log}/new`,
    );
    expect(created.statusCode).toBe(303);
    const lesson = await ctx.db.kysely
      .selectFrom('lessons')
      .select('id')
      .where('process_id', '=', processId)
      .executeTakeFirstOrThrow();
    expect((await member.get(log)).body).toContain(`href="${log}/${lesson.id}"`);
    const sent = await upload(member, `lesson/${lesson.id}`, { name: 'minutes.pdf', content: PDF });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${log}/${lesson.id}#documents`);
    const document = await ctx.db.kysely
      .selectFrom('documents')
      .select('id')
      .where('owner_type', '=', 'lesson')
      .where('owner_id', '=', lesson.id)
      .executeTakeFirstOrThrow();
    const page = await observer.get(`${log}/${lesson.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Bring the planning commission in from the start.');
    expect(page.body).toContain(`/documents/${document.id}/download`);
    expect(page.body).not.toContain(`/documents/lesson/${lesson.id}/new`);
    expect((await observer.get(`/documents/${document.id}/download`)).statusCode).toBe(200);
    expect((await outsider.get(`${log}/${lesson.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/documents/${document.id}/download`)).statusCode).toBe(404);
    expect((await outsider.get(`/documents/lesson/${lesson.id}/new`)).statusCode).toBe(404);

    const removed = await member.form(
      `${log}/${lesson.id}/delete`,
      { version: '1' },
      `${log}/${lesson.id}/delete`,
    );
    expect(removed.statusCode).toBe(303);
    expect((await member.get(`/documents/${document.id}/download`)).statusCode).toBe(404);
    const left = await ctx.db.kysely
      .selectFrom('document_contents')
      .select('part')
      .where('document_id', '=', document.id)
      .execute();
    expect(left).toEqual([]);
  });
  it('keeps a draft consultation’s documents within the team until it opens', async () => {
    const at = new Date().toISOString();
    const consultationId = `c${Date.now().toString(36)}`;
    await ctx.db.kysely
      .insertInto('consultations')
      .values({
        id: consultationId,
        process_id: processId,
        title: 'Draft local development plan',
        introduction: null,
        audience: 'invited',
        status: 'draft',
        opened_at: null,
        closed_at: null,
        closed_by: null,
        closing_summary: null,
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const sent = await upload(member, `consultation/${consultationId}`, {
      name: 'draft plan.pdf',
      content: PDF,
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/processes/${processId}/consultations/${consultationId}#documents`);
    const document = await ctx.db.kysely
      .selectFrom('documents')
      .select('id')
      .where('owner_id', '=', consultationId)
      .executeTakeFirstOrThrow();
    expect((await member.get(`/processes/${processId}/consultations/${consultationId}`)).body).toContain(
      `/documents/${document.id}/download`,
    );
    // Observers see the process but not its drafts: nor their documents.
    expect((await observer.get(`/documents/${document.id}/download`)).statusCode).toBe(404);
    await ctx.db.kysely
      .updateTable('consultations')
      .set({ status: 'closed' })
      .where('id', '=', consultationId)
      .execute();
    expect((await observer.get(`/documents/${document.id}/download`)).statusCode).toBe(200);
    const closedPage = await member.get(`/processes/${processId}/consultations/${consultationId}`);
    expect(closedPage.body).toContain(`/documents/consultation/${consultationId}/new`);
    expect((await outsider.get(`/documents/${document.id}/download`)).statusCode).toBe(404);
  });
});
