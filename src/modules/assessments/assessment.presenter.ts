import type { Translator } from '../../i18n/translator.ts';
import type { AssessmentTemplateRow, ItemScoreDetail } from './assessment.repository.ts';
import type { Domain, Level, Scale, TemplateKind } from './assessment.table.ts';
import { isGap } from './scale.ts';
import { parseTexts, pick, pickJson, type ShownText } from './texts.ts';

/** The part of a round a score counts towards: a sector, or a governance domain at one level. */
export interface Area {
  key: string;
  label: string;
}

export interface TemplateInRound {
  templateId: string;
  versionId: string;
  version: number;
  /** The template has a newer version than the one this round uses. */
  newerExists: boolean;
  slug: string;
  kind: TemplateKind;
  scale: Scale;
  title: ShownText;
}

/** One item of one round, as pages and the API show it. */
export interface ScoredItem {
  id: string;
  assessmentId: string;
  version: number;
  score: string | null;
  evidence: string | null;
  comment: string | null;
  updatedAt: string | null;
  updatedByName: string | null;
  itemKey: string;
  /** 1-based, within its template. */
  number: number;
  question: ShownText;
  guidance: ShownText | null;
  expected: ShownText | null;
  templateId: string;
  versionId: string;
  templateSlug: string;
  templateTitle: ShownText;
  scale: Scale;
  area: Area;
  gap: boolean;
  /** Where the action made from this gap is, if one was. */
  actionHref: string | null;
}

function areaOf(
  row: { slug: string; kind: TemplateKind; level: Level | null; domain: Domain | null; title_json: string },
  i18n: Translator,
): Area {
  if (row.kind === 'governance' && row.domain) {
    const domain = i18n.t(`checklist.domain.${row.domain}`);
    return {
      key: `${row.slug}/${row.domain}`,
      label: row.level
        ? i18n.t('assessment.area.domainAtLevel', { domain, level: i18n.t(`checklist.level.${row.level}`) })
        : domain,
    };
  }
  return { key: row.slug, label: pick(parseTexts(row.title_json)!, i18n.locale).text };
}

export function presentTemplateInRound(row: AssessmentTemplateRow, i18n: Translator): TemplateInRound {
  return {
    templateId: row.template_id,
    versionId: row.version_id,
    version: row.version,
    newerExists: row.current_version > row.version,
    slug: row.slug,
    kind: row.kind,
    scale: row.scale,
    title: pick(parseTexts(row.title_json)!, i18n.locale),
  };
}

export function presentItem(row: ItemScoreDetail, i18n: Translator): ScoredItem {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    version: Number(row.version),
    score: row.score,
    evidence: row.evidence,
    comment: row.comment,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
    itemKey: row.item_key,
    number: row.position + 1,
    question: pick(parseTexts(row.question_json)!, i18n.locale),
    guidance: pickJson(row.guidance_json, i18n.locale),
    expected: pickJson(row.evidence_json, i18n.locale),
    templateId: row.template_id,
    versionId: row.version_id,
    templateSlug: row.slug,
    templateTitle: pick(parseTexts(row.title_json)!, i18n.locale),
    scale: row.scale,
    area: areaOf(row, i18n),
    gap: isGap(row.score),
    actionHref: row.action_href,
  };
}

/** The label of a score value in words ("Partly addressed"), or "Not scored yet". */
export function scoreLabel(i18n: Translator, score: string | null): string {
  return score === null ? i18n.t('assessment.score.none') : i18n.t(`assessment.score.${score}`);
}
