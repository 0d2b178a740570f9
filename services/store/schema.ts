/** Schema versions of the files in a project folder and the shape checks applied when reading them. */
import { ARTICLE_SCHEMA_VERSION, type Article } from '../../articles/model.ts';
import { GLOSSARY_SCHEMA_VERSION, type Glossary } from '../../glossary/model.ts';
import type { Settings } from '../contract.ts';
import type { ProjectMeta } from './project-store.ts';

export { ARTICLE_SCHEMA_VERSION, GLOSSARY_SCHEMA_VERSION };
export const PROJECT_SCHEMA_VERSION = 1;
export const SETTINGS_SCHEMA_VERSION = 1;
export const DOC_SCHEMA_VERSION = 1;
export const CACHE_SCHEMA_VERSION = 1;

/** settings.json on disk. */
export interface SettingsFile extends Settings {
  schemaVersion: number;
}

/** docs/<name>.json on disk: the value wrapped so the file carries a schema version. */
export interface DocFile<T = unknown> {
  schemaVersion: number;
  value: T;
}

/** The defaults a new project starts with. */
export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'en' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Outcome of checking parsed JSON: the value, or why it cannot be used. */
export type ShapeCheck<T> = { ok: true; value: T } | { ok: false; newer?: number; problem: string };

function versioned<T>(value: unknown, current: number, shapeOk: (v: Record<string, unknown>) => string | undefined): ShapeCheck<T> {
  if (!isObject(value)) return { ok: false, problem: 'not a JSON object' };
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'no valid schemaVersion' };
  if (version > current) return { ok: false, newer: version, problem: `schemaVersion ${version} is newer than this version of Anuvad understands (${current})` };
  const problem = shapeOk(value);
  return problem ? { ok: false, problem } : { ok: true, value: value as T };
}

/** Checks project.json. */
export function checkProjectMeta(value: unknown): ShapeCheck<ProjectMeta> {
  return versioned(value, PROJECT_SCHEMA_VERSION, (v) =>
    Array.isArray(v.articleIds) && v.articleIds.every((id) => typeof id === 'string') ? undefined : 'articleIds is not a list of strings');
}

/** Checks glossary.json. */
export function checkGlossary(value: unknown): ShapeCheck<Glossary> {
  return versioned(value, GLOSSARY_SCHEMA_VERSION, (v) =>
    Array.isArray(v.entries) && v.entries.every(isObject) ? undefined : 'entries is not a list of objects');
}

/** Checks settings.json. */
export function checkSettings(value: unknown): ShapeCheck<SettingsFile> {
  return versioned(value, SETTINGS_SCHEMA_VERSION, () => undefined);
}

/** Checks articles/<id>.json; `expectedId` is the file's name. */
export function checkArticle(value: unknown, expectedId: string): ShapeCheck<Article> {
  return versioned(value, ARTICLE_SCHEMA_VERSION, (v) => {
    if (v.id !== expectedId) return `id ${JSON.stringify(v.id)} does not match the file name`;
    if (!Array.isArray(v.segments) || !v.segments.every(isObject)) return 'segments is not a list of objects';
    if (!Array.isArray(v.removed)) return 'removed is not a list';
    return undefined;
  });
}

/** Checks cache/<name>.json: the envelope here, the value by its reader's `check` (the problem, or undefined). */
export function checkCache(value: unknown, check: (value: unknown) => string | undefined): ShapeCheck<DocFile> {
  return versioned(value, CACHE_SCHEMA_VERSION, (v) => ('value' in v ? check(v.value) : 'no value'));
}

/** Checks docs/<name>.json. */
export function checkDoc(value: unknown): ShapeCheck<DocFile> {
  return versioned(value, DOC_SCHEMA_VERSION, (v) => ('value' in v ? undefined : 'no value'));
}
