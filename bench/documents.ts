import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomSecret, sha256 } from '../src/auth/secrets.ts';
import { insertUser } from '../src/auth/user.repository.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { newId, now } from '../src/db/ids.ts';
import {
  type BenchSettings,
  freshDatabase,
  mb,
  type SectionResult,
  scaled,
  startServer,
  type TargetRow,
} from './support.ts';

/**
 * Issue 9: upload and download of a 10 MB document, repeated, with the server's memory flat. The
 * file goes through the API (the body is the file) into a process's documents, then back out;
 * each round's server RSS is sampled. "Flat" is the growth from the first rounds to the last: a
 * leak (a buffer kept per upload) would grow by about 10 MB a round. The baseline is the same
 * 10 MB sent to and read back from a bare Node HTTP server in this process that does nothing else
 * (what moving the bytes over loopback costs on this machine, measured in the same run).
 */
const FILE_MB = 10;
const GROWTH_LIMIT_MB = 40;

/** A PDF of `megabytes`, real enough for the type check: a header, then padding in a stream. */
function pdfOf(megabytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj<< /Length 0 >>stream\n');
  const tail = Buffer.from('\nendstream endobj\ntrailer<<>>\n%%EOF\n');
  const body = Buffer.alloc(megabytes * 1024 * 1024 - head.length - tail.length, 0x20);
  return Buffer.concat([head, body, tail]);
}

/** Median milliseconds to POST `bytes` to a bare server that reads them, and to GET them back. */
async function loopbackBaseline(
  bytes: Buffer,
  rounds: number,
): Promise<{ upload: number[]; download: number[] }> {
  const bare = createServer((request, response) => {
    if (request.method === 'POST') {
      request.on('data', () => undefined);
      request.on('end', () => response.writeHead(201).end('{}'));
    } else response.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  const upload: number[] = [];
  const download: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      let started = performance.now();
      await (await fetch(url, { method: 'POST', body: new Uint8Array(bytes) })).text();
      upload.push(performance.now() - started);
      started = performance.now();
      await (await fetch(url)).arrayBuffer();
      download.push(performance.now() - started);
    }
  } finally {
    bare.close();
  }
  return { upload, download };
}

export async function documentsSection(settings: BenchSettings): Promise<SectionResult> {
  const rounds = scaled(settings, 30, 4);
  const file = freshDatabase(settings, 'documents.db');
  const db = openDb(file);
  const secret = `cor_${randomSecret()}`;
  let processId = '';
  try {
    await prepareDatabase(db);
    await db.kysely.transaction().execute(async (trx) => {
      const user = await insertUser(trx, {
        email: 'bench.documents@example.org',
        name: 'Bench documents',
        passwordHash: 'x',
        role: 'admin',
        status: 'active',
      });
      await trx
        .insertInto('api_tokens')
        .values({
          id: newId(),
          user_id: user.id,
          name: 'bench',
          token_hash: sha256(secret),
          prefix: secret.slice(0, 8),
          created_at: now(),
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
      processId = newId();
      await trx
        .insertInto('processes')
        .values({
          id: processId,
          title: 'Bench process',
          country_alpha3: 'MDA',
          area_id: null,
          plan_name: 'Plan',
          period_start: null,
          period_end: null,
          lead_organisation_id: null,
          summary: null,
          visibility: 'public',
          created_by: user.id,
          created_at: now(),
          updated_at: now(),
        })
        .execute();
    });
  } finally {
    await db.close();
  }

  const pdf = pdfOf(FILE_MB);
  const server = await startServer(file, []);
  const headers = { authorization: `Bearer ${secret}` };
  const upload: number[] = [];
  const download: number[] = [];
  const rss: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      let started = performance.now();
      const sent = await fetch(`${server.url}/api/v1/documents/process/${processId}?name=report.pdf`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/pdf' },
        body: new Uint8Array(pdf),
      });
      if (sent.status !== 201) throw new Error(`upload answered ${sent.status}: ${await sent.text()}`);
      const { id } = (await sent.json()) as { id: string };
      upload.push(performance.now() - started);
      started = performance.now();
      const back = await fetch(`${server.url}/api/v1/documents/${id}/content`, { headers });
      const bytes = Buffer.from(await back.arrayBuffer());
      if (bytes.length !== pdf.length) throw new Error(`download gave ${bytes.length} bytes`);
      download.push(performance.now() - started);
      rss.push(await server.rss());
    }
  } finally {
    await server.stop();
  }
  const baseline = await loopbackBaseline(pdf, Math.min(rounds, 6));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const perSecond = (ms: number) => Math.round((FILE_MB / (ms / 1000)) * 10) / 10;
  const early = Math.max(...rss.slice(0, 2));
  const late = Math.max(...rss.slice(-2));
  const growthMb = mb(Math.max(0, late - early));
  settings.log(
    `  ${rounds} rounds of ${FILE_MB} MB: upload median ${Math.round(median(upload))} ms (${perSecond(median(upload))} MB/s), download ${Math.round(median(download))} ms (${perSecond(median(download))} MB/s), RSS ${mb(early)} → ${mb(late)} MB`,
  );
  const targets: TargetRow[] = [
    {
      section: 'documents',
      measure: `server RSS growth over ${rounds} uploads and downloads of ${FILE_MB} MB`,
      figure: `${growthMb} MB (${mb(early)} → ${mb(late)} MB)`,
      target: `< ${GROWTH_LIMIT_MB} MB`,
      pass: growthMb < GROWTH_LIMIT_MB,
    },
    {
      section: 'documents',
      measure: `${FILE_MB} MB upload, median`,
      figure: `${Math.round(median(upload))} ms (${perSecond(median(upload))} MB/s; bare server ${Math.round(median(baseline.upload))} ms)`,
      target: '< 1,000 ms',
      pass: median(upload) < 1000,
    },
    {
      section: 'documents',
      measure: `${FILE_MB} MB download, median`,
      figure: `${Math.round(median(download))} ms (${perSecond(median(download))} MB/s; bare server ${Math.round(median(baseline.download))} ms)`,
      target: '< 500 ms',
      pass: median(download) < 500,
    },
  ];
  return {
    name: 'documents',
    details: {
      rounds,
      fileMb: FILE_MB,
      uploadMs: upload,
      downloadMs: download,
      baselineUploadMs: baseline.upload,
      baselineDownloadMs: baseline.download,
      rssMb: rss.map(mb),
    },
    targets,
  };
}
