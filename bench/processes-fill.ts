import { sql } from 'kysely';
import { ANONYMOUS } from '../src/auth/actor.ts';
import type { Db } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import { registerMessages } from '../src/i18n/catalogue.ts';
import { translator } from '../src/i18n/translator.ts';
import {
  saveChangedItems,
  startRound,
  turnGapIntoAction,
} from '../src/modules/assessments/assessment.service.ts';
import { SCALE_VALUES } from '../src/modules/assessments/scale.ts';
import { modules } from '../src/modules/index.ts';
import { createLesson } from '../src/modules/lessons/lesson.service.ts';
import { createAction } from '../src/modules/monitoring/action.service.ts';
import { createIndicator } from '../src/modules/monitoring/indicator.service.ts';
import type {
  ActionStatus,
  Direction,
  IndicatorUnit,
  StageKey,
} from '../src/modules/monitoring/monitoring.table.ts';
import { addValue, lockYear } from '../src/modules/monitoring/value.service.ts';
import { addBodyMember, addGovernmentRow, saveBody } from '../src/modules/processes/body.service.ts';
import { createProcess } from '../src/modules/processes/process.service.ts';
import type { StageStatus } from '../src/modules/processes/process.table.ts';
import { updateStage } from '../src/modules/processes/stage.service.ts';
import { webMessages } from '../src/web/web.messages.ts';
import { foreignKeys, ownedTables } from './schema.ts';

/**
 * The issue 3 data set: `processes` processes, each with 40 actions, 30 indicators with 10 reported
 * values each, a full assessment (the twelve sector checklists and the national governance one,
 * every item scored) and 5 lessons, plus a coordinating body, a whole-of-government map and stage
 * progress.
 *
 * How: the first process is built entirely through the modules' own services (createProcess,
 * createAction, createIndicator, addValue, startRound, saveChangedItems, createLesson…), so its rows
 * are exactly what the application writes and checks. The others are copies of its rows with new
 * ids, written as multi-row INSERTs in large transactions. Through the services one process is
 * about 400 calls, each its own transaction with its checks and audit rows, and took a second on
 * the (busy) 2-CPU machine: 2,000 of them would take over half an hour, the copies take about a
 * minute. The copies carry no audit rows, which no measured page reads.
 */
export interface ProcessBenchSizes {
  processes: number;
  actions: number;
  indicators: number;
  valuesPerIndicator: number;
  lessons: number;
}

export const ISSUE_SIZES: ProcessBenchSizes = {
  processes: 2000,
  actions: 40,
  indicators: 30,
  valuesPerIndicator: 10,
  lessons: 5,
};

export interface ProcessBenchData {
  /** Every process, in order; the first is the one built through the services. */
  processIds: string[];
  /** The assessment (round 1) of each process. */
  assessmentIds: string[];
  /** Which processes are public (nine in ten; the others are private). */
  isPublic: boolean[];
  /** The user who started the first process: the owner of every copy too. */
  ownerId: string;
  serviceSeconds: number;
  copySeconds: number;
  rows: number;
}

const PERIOD = { start: '2016-01-01', end: '2030-12-31' };
const ACTION_STATUSES: ActionStatus[] = [
  'planned',
  'in-progress',
  'in-progress',
  'done',
  'delayed',
  'cancelled',
];
const STAGES: StageKey[] = [
  'preparation',
  'evidence',
  'consultation',
  'formulation',
  'implementation',
  'monitoring',
];
const UNITS: IndicatorUnit[] = [
  'percent',
  'persons',
  'usd',
  'days',
  'number',
  'ratio',
  'index',
  'local-currency',
];
const THEMES = [
  'theme:coordination-body',
  'theme:political-buy-in',
  'theme:stakeholder-consultation',
  'theme:destination-dialogue',
  'theme:synergies',
  'theme:handbook',
  'theme:capacity',
  'theme:data',
];
const LESSON_TEXTS = [
  'An inter-ministerial committee with a written mandate kept ministries at the table after the change of government; without the mandate, attendance fell to junior staff.',
  'Asking the planning commission to chair the working group, rather than the ministry of labour, made migration a development question instead of a labour-export one.',
  'Consulting diaspora associations before the draft, not after it, surfaced the cost of sending money home as their first concern, which the draft had left out.',
  'A regular dialogue with the main destination country on recruitment fees gave the action plan two measures it could not have carried alone.',
  'Linking the process to the existing social protection reform saved a year: the same committee, the same data, one set of meetings.',
];

const pickOf = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** Builds the first process through the services; returns its id and assessment id. */
async function buildThroughServices(
  db: Db,
  ownerId: string,
  organisationIds: string[],
  sizes: ProcessBenchSizes,
): Promise<{ processId: string; assessmentId: string }> {
  const k = db.kysely;
  const must = <T>(result: { ok: true; value: T } | { ok: false }, what: string): T => {
    if (!result.ok) throw new Error(`bench fill: ${what} refused: ${JSON.stringify(result)}`);
    return result.value;
  };
  const org = (i: number) => pickOf(organisationIds, i);

  const { id: processId } = must(
    await createProcess(k, ownerId, {
      title: 'Bench process 00000',
      countryAlpha3: 'BGD',
      planName: 'National development strategy 2016–2030',
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
      leadOrganisationId: org(0),
      visibility: 'public',
      summary:
        'A process generated for the benchmark: forty actions, thirty indicators with ten reported values each, a full assessment and five lessons.',
      tags: ['sdg:10.7', 'sdg:17.18', 'gcm:1', 'gcm:19', 'theme:coordination-body', 'sector:labour'],
    }),
    'process',
  );

  // Coordinating body, whole-of-government map, stage progress.
  must(
    await saveBody(k, ownerId, processId, {
      name: 'Inter-ministerial committee on migration and development',
      kind: 'inter-ministerial-committee',
      mandate: 'Steers the mainstreaming of migration into the national development strategy.',
      version: 0,
    }),
    'body',
  );
  for (let i = 0; i < 5; i++)
    must(
      await addBodyMember(k, ownerId, processId, {
        organisationId: org(i + 1),
        role: i === 0 ? 'chair' : i === 4 ? 'secretariat' : 'member',
      }),
      'body member',
    );
  for (let i = 0; i < 6; i++)
    must(
      await addGovernmentRow(k, ownerId, processId, {
        organisationId: i < 3 ? org(i + 10) : null,
        ministryName: i < 3 ? null : `Ministry number ${i}`,
        levels: {
          national: { takesPart: true, note: 'Policy and budget' },
          regional: { takesPart: i % 2 === 0, note: i % 2 === 0 ? 'Provincial offices' : null },
          local: { takesPart: i % 3 === 0, note: null },
        },
      }),
      'government map row',
    );
  const stages = await k
    .selectFrom('process_stages')
    .select(['id', 'position', 'version'])
    .where('process_id', '=', processId)
    .orderBy('position')
    .execute();
  const stageStatus: StageStatus[] = ['completed', 'completed', 'completed', 'in-progress', 'in-progress'];
  for (const [i, stage] of stages.entries()) {
    if (!stageStatus[i]) continue;
    must(
      await updateStage(k, ownerId, processId, stage.id, {
        status: stageStatus[i],
        startDate: `${2016 + i * 2}-01-01`,
        endDate: stageStatus[i] === 'completed' ? `${2017 + i * 2}-12-31` : null,
        notes: `Stage ${i + 1} notes for the benchmark.`,
        version: Number(stage.version),
      }),
      'stage',
    );
  }

  // The assessment: every current sector checklist and the national governance one, all scored.
  const templates = await k
    .selectFrom('checklist_templates')
    .select('id')
    .where((eb) => eb.or([eb('kind', '=', 'sector'), eb('level', '=', 'national')]))
    .execute();
  const { id: assessmentId } = must(
    await startRound(
      db,
      ownerId,
      processId,
      templates.map((t) => t.id),
    ),
    'assessment',
  );
  const items = await k
    .selectFrom('assessment_item_scores as s')
    .innerJoin('checklist_template_items as i', 'i.id', 's.template_item_id')
    .innerJoin('checklist_template_versions as v', 'v.id', 'i.template_version_id')
    .innerJoin('checklist_templates as t', 't.id', 'v.template_id')
    .select(['s.id', 's.version', 't.scale'])
    .where('s.assessment_id', '=', assessmentId)
    .orderBy('s.id')
    .execute();
  const saved = await saveChangedItems(
    db,
    { processId, assessmentId },
    items.map((item, i) => ({
      scoreId: item.id,
      version: Number(item.version),
      input: {
        score: pickOf(SCALE_VALUES[item.scale], i),
        evidence: i % 3 === 0 ? 'National development strategy, chapter 4; committee minutes.' : null,
        comment: i % 4 === 0 ? 'Discussed at the second workshop; the ministry will confirm.' : null,
      },
    })),
    ownerId,
  );
  if (!saved.ok) throw new Error(`bench fill: scores refused: ${JSON.stringify(saved)}`);

  // Actions: one made from a gap of the assessment, the others typed in.
  const gap = await k
    .selectFrom('assessment_item_scores')
    .select('id')
    .where('assessment_id', '=', assessmentId)
    .where('score', 'in', ['not-addressed', 'absent'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const creator = modules.find((m) => m.process?.createActionFromGap)?.process?.createActionFromGap;
  if (!creator) throw new Error('bench fill: no module turns gaps into actions');
  const fromGap = await turnGapIntoAction(
    db,
    creator,
    { processId, assessmentId, scoreId: gap.id },
    ownerId,
    translator('en'),
  );
  if (!fromGap.ok) throw new Error(`bench fill: gap action refused: ${JSON.stringify(fromGap)}`);
  for (let i = 1; i < sizes.actions; i++) {
    const status = pickOf(ACTION_STATUSES, i);
    const startYear = 2016 + (i % 12);
    must(
      await createAction(
        db,
        { processId, actorId: ownerId },
        {
          title: `Action ${i}: ${pickOf(['train consular staff', 'publish a diaspora skills register', 'cap recruitment fees', 'open a one-stop centre for returnees', 'cut the cost of remittances'], i)}`,
          answers: i % 2 === 0 ? 'Gap found in the labour checklist' : null,
          gapRef: null,
          responsibleOrganisation: org(i),
          partners: [org(i + 1), org(i + 2)],
          startDate: `${startYear}-0${1 + (i % 9)}-01`,
          endDate: `${startYear + 1 + (i % 3)}-12-31`,
          budgetMinor: i % 5 === 0 ? null : 1_000_000 * (1 + (i % 17)),
          currency: i % 5 === 0 ? null : 'USD',
          fundingSource: pickOf(['National budget', 'EU grant', 'IOM project', null], i),
          status,
          progress: status === 'done' ? 100 : status === 'planned' ? 0 : (i * 7) % 100,
          stage: pickOf(STAGES, i),
          tags: i % 4 === 0 ? ['sector:labour'] : [],
          sharedWithPair: false,
        },
      ),
      `action ${i}`,
    );
  }

  // Indicators: most report a yearly total; one in six is split by sex.
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < sizes.indicators; i++) {
    const unit = pickOf(UNITS, i);
    const direction: Direction = i % 4 === 3 ? 'decrease' : 'increase';
    const bySex = i % 6 === 5;
    const baseline = unit === 'percent' ? 40 : 1000;
    const step = direction === 'increase' ? 1 : -1;
    const { id: indicatorId } = must(
      await createIndicator(
        db,
        { process: { id: processId, period_start: PERIOD.start, period_end: PERIOD.end }, actorId: ownerId },
        {
          name: `Indicator ${i + 1}: ${pickOf(['migrants covered by social protection', 'cost of sending USD 200', 'returnees placed in jobs', 'days to issue a work permit'], i)}`,
          definition: 'Defined for the benchmark.',
          unit,
          direction,
          disaggregation: bySex ? 'sex' : 'none',
          baselineValue: baseline,
          baselineYear: 2015,
          dataCode: i === 0 ? 'SI.RMT.COST.IB.ZS' : null,
          targets: [2020, 2025, 2030].map((year, t) => ({ year, value: baseline + step * (t + 1) * 5 })),
          tags: i % 5 === 0 ? ['sdg:10.7'] : [],
        },
      ),
      `indicator ${i}`,
    );
    const indicator = await k
      .selectFrom('process_indicators')
      .selectAll()
      .where('id', '=', indicatorId)
      .executeTakeFirstOrThrow();
    const reports = bySex
      ? [2021, 2022, 2023].flatMap((year) => (['_T', 'F', 'M'] as const).map((sex) => ({ year, sex })))
      : [];
    for (let year = 2016; reports.length < sizes.valuesPerIndicator; year++)
      reports.push({ year, sex: '_T' });
    for (const [r, report] of reports.slice(0, sizes.valuesPerIndicator).entries()) {
      must(
        await addValue(
          db,
          {
            process: { id: processId, period_start: PERIOD.start, period_end: PERIOD.end },
            actorId: ownerId,
          },
          indicator,
          {
            period: String(report.year),
            sex: report.sex,
            age: '_T',
            value: baseline + step * ((r % 7) + (report.sex === 'F' ? 1 : 0)),
            source: r % 2 === 0 ? 'Labour force survey' : null,
            reportedOn: [`${report.year + 1}-03-15`, today].sort()[0]!,
          },
          today,
        ),
        `value ${i}/${r}`,
      );
    }
  }
  must(
    await lockYear(
      db,
      { process: { id: processId, period_start: PERIOD.start, period_end: PERIOD.end }, actorId: ownerId },
      2018,
    ),
    'lock',
  );

  for (let i = 0; i < sizes.lessons; i++) {
    const created = await createLesson(
      db,
      {
        actor: ANONYMOUS,
        process: { id: processId },
        may: { edit: true },
        system: { userId: ownerId },
      },
      {
        text: pickOf(LESSON_TEXTS, i),
        themes: [pickOf(THEMES, i), pickOf(THEMES, i + 3)],
        tags: i % 2 === 0 ? ['pilot', 'benchmark'] : [],
        stage: pickOf(STAGES, i),
        date: `201${3 + (i % 6)}-0${1 + (i % 9)}`,
        source: i % 2 === 0 ? 'Final report of the pilot, 2013' : null,
      },
    );
    must(created, `lesson ${i}`);
  }
  return { processId, assessmentId };
}

interface TemplateIds {
  processId: string;
  assessmentId: string;
}

type Row = Record<string, unknown>;

/** Ids are 16 characters of this alphabet (src/db/ids.ts); links embed them (`/processes/<id>/…`). */
const ID_IN_TEXT = /[a-km-z2-9]{16}/g;

/**
 * Copies the first process `count - 1` times. The rows it owns are read from the schema: its row
 * in `processes`, then every row of a table that references an owned row through a foreign key,
 * table by table in foreign-key order (bench/schema.ts), so a new module's process data is copied
 * with no edit here. Each copy gets new ids for every row the first process owns, and every reference to one of them (also inside text, such as an action's link to
 * its gap) points at the copy's row instead; references to shared rows (users, organisations,
 * checklist items, taxonomy terms) stay.
 */
async function copyProcess(
  db: Db,
  template: TemplateIds,
  count: number,
  countries: string[],
  log: (line: string) => void,
): Promise<{ processIds: string[]; assessmentIds: string[]; rows: number }> {
  const k = db.kysely;
  const tables = await db.kysely.introspection.getTables();
  const source: { table: string; rows: Row[]; columns: string[] }[] = [];
  const owned = new Set<string>();
  /** Per table, the values of each column other tables reference, from the rows copied. */
  const keysOf = new Map<string, Map<string, unknown[]>>();
  for (const { table, via } of ownedTables('processes', await foreignKeys(db))) {
    let where: ReturnType<typeof sql>;
    if (via.length === 0) where = sql`id = ${template.processId}`;
    else {
      const links = via.flatMap((key) => {
        const values = keysOf.get(key.references)?.get(key.referencedColumn) ?? [];
        return values.length > 0 ? [sql`${sql.ref(key.column)} IN (${sql.join(values)})`] : [];
      });
      if (links.length === 0) continue;
      where = sql.join(links, sql` OR `);
    }
    const rows = (await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${where}`.execute(k)).rows;
    if (rows.length === 0) continue;
    const columns = tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? [];
    source.push({ table, rows, columns });
    keysOf.set(table, new Map(columns.map((c) => [c, rows.map((r) => r[c]).filter((v) => v !== null)])));
    for (const row of rows) if (typeof row.id === 'string') owned.add(row.id);
  }
  // Taggings point at any owned row through (entity_type, entity_id).
  const ownedList = [...owned];
  const taggings: Row[] = [];
  for (let i = 0; i < ownedList.length; i += 500) {
    const chunk = ownedList.slice(i, i + 500);
    taggings.push(...(await k.selectFrom('taggings').selectAll().where('entity_id', 'in', chunk).execute()));
  }
  source.push({ table: 'taggings', rows: taggings, columns: Object.keys(taggings[0] ?? { entity_id: '' }) });

  const processIds = [template.processId];
  const assessmentIds = [template.assessmentId];
  let written = 0;
  const pending = new Map<string, Row[]>();
  const flush = async () => {
    await k.transaction().execute(async (trx) => {
      for (const { table, columns } of source) {
        const rows = pending.get(table) ?? [];
        // SQLite allows 32,766 bound values per statement.
        const perStatement = Math.max(1, Math.floor(30_000 / Math.max(1, columns.length)));
        for (let i = 0; i < rows.length; i += perStatement)
          await trx
            .insertInto(table as keyof Database)
            .values(rows.slice(i, i + perStatement) as never)
            .execute();
        written += rows.length;
      }
    });
    pending.clear();
  };
  for (let n = 1; n < count; n++) {
    const ids = new Map<string, string>();
    const remap = (id: string) => {
      let fresh = ids.get(id);
      if (!fresh) {
        fresh = newId();
        ids.set(id, fresh);
      }
      return fresh;
    };
    const copyValue = (value: unknown) => {
      if (typeof value !== 'string') return value;
      if (owned.has(value)) return remap(value);
      return value.length > 16 ? value.replace(ID_IN_TEXT, (m) => (owned.has(m) ? remap(m) : m)) : value;
    };
    for (const { table, rows } of source) {
      const out = pending.get(table) ?? [];
      for (const row of rows) {
        const copy: Row = {};
        for (const [column, value] of Object.entries(row)) copy[column] = copyValue(value);
        if (table === 'processes') {
          copy.title = `Bench process ${String(n).padStart(5, '0')}`;
          copy.country_alpha3 = pickOf(countries, n);
          copy.visibility = n % 10 === 9 ? 'private' : 'public';
        }
        out.push(copy);
      }
      pending.set(table, out);
    }
    processIds.push(remap(template.processId));
    assessmentIds.push(remap(template.assessmentId));
    if (n % 50 === 0 || n === count - 1) {
      await flush();
      if (n % 500 === 0) log(`  copied ${n + 1} of ${count} processes`);
    }
  }
  return { processIds, assessmentIds, rows: written };
}

export async function fillProcessBench(
  db: Db,
  sizes: ProcessBenchSizes,
  log: (line: string) => void = () => undefined,
): Promise<ProcessBenchData> {
  registerMessages(webMessages);
  for (const module of modules) if (module.messages) registerMessages(module.messages);
  const k = db.kysely;
  const owner = await k
    .selectFrom('users')
    .select('id')
    .where('status', '=', 'active')
    .orderBy('email')
    .executeTakeFirstOrThrow();
  const organisationIds = (
    await k.selectFrom('organisations').select('id').orderBy('name').limit(60).execute()
  ).map((o) => o.id);
  if (organisationIds.length < 20) throw new Error('bench fill: needs at least 20 organisations');
  const countries = (await k.selectFrom('countries').select('alpha3').orderBy('alpha3').execute()).map(
    (c) => c.alpha3,
  );

  let started = performance.now();
  const template = await buildThroughServices(db, owner.id, organisationIds, sizes);
  const serviceSeconds = Math.round((performance.now() - started) / 100) / 10;
  started = performance.now();
  const copies = await copyProcess(db, template, sizes.processes, countries, log);
  const copySeconds = Math.round((performance.now() - started) / 100) / 10;
  await sql`ANALYZE`.execute(k);
  return {
    processIds: copies.processIds,
    assessmentIds: copies.assessmentIds,
    isPublic: copies.processIds.map((_, n) => n % 10 !== 9),
    ownerId: owner.id,
    serviceSeconds,
    copySeconds,
    rows: copies.rows,
  };
}
