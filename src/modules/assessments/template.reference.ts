import { ok, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { translator } from '../../i18n/translator.ts';
import { starterTemplates } from './starter/index.ts';
import { findTemplateBySlug } from './template.repository.ts';
import { checkTemplateDocument, type TemplateDocument } from './template.schema.ts';
import { saveDocument } from './template.service.ts';

/**
 * Loads the starter templates on every start. A template already there is left alone, whatever
 * admins did to it since: the starter is only ever its version 1.
 */
export async function loadStarterTemplates(db: Db): Promise<void> {
  const i18n = translator('en');
  const starters = starterTemplates();
  const missing: { position: number; doc: TemplateDocument }[] = [];
  for (const [position, input] of starters.entries()) {
    if (await findTemplateBySlug(db.kysely, input.key)) continue;
    const checked = checkTemplateDocument(input, i18n);
    if (!checked.ok)
      throw new Error(`Starter template ${input.key} is invalid: ${JSON.stringify(checked.errors)}`);
    missing.push({ position, doc: checked.value });
  }
  if (missing.length === 0) return;
  const result = await transact(db.kysely, async (trx) => {
    for (const { position, doc } of missing) {
      if (await findTemplateBySlug(trx, doc.key)) continue;
      const saved = await saveDocument(trx, doc, { actorId: null, position });
      if (!saved.ok) return saved;
    }
    return ok(missing.length);
  });
  if (!result.ok) throw new Error(`Starter templates could not be saved: ${JSON.stringify(result)}`);
}
