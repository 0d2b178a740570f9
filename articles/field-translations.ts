/**
 * The translator's English of the header fields that are text (kicker, dateline, byline): one rule
 * for the save handler, the re-import, the editor and the exports. The date and the outlet are not
 * translated (a date is written in English by the exports; an outlet is a name).
 */
import type { Article, FieldTranslation, TranslatableField } from './model.ts';

/** The translatable fields, in the order the page shows them. */
export const TRANSLATABLE_FIELDS: readonly TranslatableField[] = ['kicker', 'dateline', 'byline'];

/** True when `value` names a translatable field. */
export function isTranslatableField(value: unknown): value is TranslatableField {
  return typeof value === 'string' && (TRANSLATABLE_FIELDS as readonly string[]).includes(value);
}

/** The field's English when the article has the field and a non-blank translation of it. */
export function fieldEnglish(article: Article, field: TranslatableField): string | undefined {
  if (!article[field]) return undefined;
  const english = article.fieldTranslations?.[field]?.target.trim();
  return english ? english : undefined;
}

/**
 * True when the English was written for other Hindi than the field holds now (a re-import read the
 * field differently): the English is kept and shown beside the Hindi it was written for.
 */
export function isStaleTranslation(article: Article, field: TranslatableField): boolean {
  const translation = article.fieldTranslations?.[field];
  return translation !== undefined && article[field] !== undefined && translation.source !== article[field];
}

/**
 * The article with the field's English set to `target` (the Hindi it is for recorded beside it);
 * a blank target removes the translation. The store stamps the revision.
 */
export function withFieldTranslation(article: Article, field: TranslatableField, target: string, updatedAt: string): Article {
  const { [field]: previous, ...others } = article.fieldTranslations ?? {};
  const rest: Article = { ...article };
  delete rest.fieldTranslations;
  const next: Partial<Record<TranslatableField, FieldTranslation>> = target.trim() === ''
    ? others
    : { ...others, [field]: { source: article[field] ?? '', target, updatedAt, ...(previous?.revision !== undefined ? { revision: previous.revision } : {}) } };
  return Object.keys(next).length > 0 ? { ...rest, fieldTranslations: next } : rest;
}

/**
 * A re-import keeps every field translation of the article it replaces, like segment translations:
 * unchanged Hindi keeps its English as it was; Hindi read differently keeps the English too, still
 * recording the Hindi it was written for (isStaleTranslation), so nothing the translator wrote is lost.
 */
export function carryOverFieldTranslations(fresh: Article, previous: Article | undefined): Article {
  const kept = previous?.fieldTranslations;
  if (!kept || Object.keys(kept).length === 0) return fresh;
  return { ...fresh, fieldTranslations: { ...kept, ...fresh.fieldTranslations } };
}

/** The (Hindi, English) pairs of the translated fields, for the glossary check. */
export function fieldPairs(article: Article): { field: TranslatableField; source: string; target: string }[] {
  return TRANSLATABLE_FIELDS.flatMap((field) => {
    const target = fieldEnglish(article, field);
    return target === undefined ? [] : [{ field, source: article[field] ?? '', target }];
  });
}
