import type { Actor } from '../../auth/actor.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { TermRecord } from '../taxonomy/index.ts';
import { presentTerm } from '../taxonomy/index.ts';
import { callState } from './call.rules.ts';
import type { CallView } from './call.views.tsx';
import { callCan } from './practice.policy.ts';
import type { CallRow } from './practice.table.ts';

/** A call as pages and the API show it, with its state on `day` and what the actor may do. */
export function presentCall(
  row: CallRow,
  day: string,
  actor: Actor,
  i18n: Translator,
  terms: TermRecord[],
): CallView {
  const term = row.theme_id ? terms.find((t) => t.id === row.theme_id) : undefined;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    theme: term ? presentTerm(term, i18n).label : null,
    region: row.region,
    origin: row.origin_alpha3,
    destination: row.destination_alpha3,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    state: callState(row, day),
    demo: row.demo === 1,
    actions: callCan(actor, { createdBy: row.created_by }),
  };
}
