import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { assessmentWorld, scoreItem, scoreRows, startRound, type World } from './assessment.test-helpers.ts';

/** Every round of a process in one download, CSV or XLSX, with the permissions of the pages. */
describe.each(DIALECTS)('assessment downloads of a whole process on %s', (dialect) => {
  let world: World;
  let processId: string;
  const url = (format: string) => `/processes/${processId}/assessments/export.${format}`;

  beforeAll(async () => {
    world = await assessmentWorld(dialect);
    processId = world.privateProcess.id;
    const first = await startRound(world, processId, ['sector-health']);
    const [item] = await scoreRows(world, first);
    const scored = await scoreItem(world, world.browsers.member, processId, first, item!.id, {
      score: 'partly',
      evidence: '=HYPERLINK("http://evil.example")',
      version: 1,
    });
    expect(scored.statusCode).toBe(303);
    await startRound(world, processId, ['sector-health', 'governance-national']);
  });
  afterAll(() => world.close());

  it('hides a private process’s rounds from signed-out visitors and outsiders', async () => {
    for (const format of ['csv', 'xlsx']) {
      expect((await world.app.inject(url(format))).statusCode).toBe(404);
      expect((await world.browsers.outsider.get(url(format))).statusCode).toBe(404);
    }
  });

  it('gives an observer every question of every round as CSV, oldest round first, formulas defused', async () => {
    const response = await world.browsers.observer.get(url('csv'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="assessments-${processId}.csv"`,
    );
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'round,area,template_key,item_key,question,score,score_label,points,gap,evidence,comment,updated_at,updated_by',
    );
    const rounds = lines.slice(1).map((l) => l.split(',')[0]);
    expect(rounds.filter((r) => r === '1')).toHaveLength(4);
    expect(rounds.filter((r) => r === '2')).toHaveLength(4 + 18);
    expect(rounds.indexOf('2')).toBeGreaterThan(rounds.lastIndexOf('1'));
    const partly = lines.find((l) => l.includes(',partly,'))!;
    expect(partly).toContain('Partly addressed');
    expect(partly).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('gives the same as a workbook: the score per sector of each round, and every question', async () => {
    const response = await world.browsers.observer.get(url('xlsx'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const [areas, items] = workbook.worksheets;
    expect(areas!.getRow(1).getCell(1).value).toBe('round');
    // Round 1: health; round 2: health and the six governance domains.
    expect(areas!.rowCount - 1).toBe(1 + 1 + 6);
    expect(areas!.getRow(2).values).toEqual([undefined, 1, 'sector-health', 'Health', 33, 1, 0, 4, 1]);
    expect(items!.rowCount - 1).toBe(4 + 4 + 18);
  });
});
