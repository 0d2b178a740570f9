/**
 * Spell checking of one open project, on the server side so Electron and the browser fallback use
 * the same engine (Electron's built-in checker would download Chromium's dictionaries from a CDN):
 * the house style from settings picks the dictionary, every English rendering of the glossary and
 * the project dictionary (docs/spelling-dictionary.json) are known words.
 */
import type { GlossaryEntry, SpellCheckResult, SpellingVariant } from '../contract.ts';
import type { GlossaryState } from '../glossary-state.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { DEFAULT_SPELLING_VARIANT, readDictionary, type DictionaryFiles } from './dictionary-files.ts';
import { renderingWords, spellingForm } from './english-words.ts';
import { createSpellEngine, KnownWords, type SpellEngine } from './spell-engine.ts';

/** Document of the project dictionary. */
export const SPELLING_DICTIONARY_DOC = 'spelling-dictionary';

/** The project dictionary on disk. */
export interface SpellingDictionaryDoc {
  schemaVersion: 1;
  words: string[];
}

/** Reads the dictionary files of a variant (injected in tests). */
export type DictionaryLoader = (variant: SpellingVariant) => Promise<DictionaryFiles>;

// Parsed once per process and variant: the parse is the slow part, and the engine never changes.
const engines = new Map<SpellingVariant, Promise<SpellEngine>>();

/** The engine of a variant, parsed on first use. */
export function spellEngine(variant: SpellingVariant, load: DictionaryLoader = readDictionary): Promise<SpellEngine> {
  let engine = engines.get(variant);
  if (!engine) {
    engine = load(variant).then(createSpellEngine);
    // A failed load is not cached: the next call tries again.
    engine.catch(() => engines.delete(variant));
    engines.set(variant, engine);
  }
  return engine;
}

/** Every word of the glossary's English renderings (approved and alternates; forbidden forms are not words to accept). */
export function glossaryWords(entries: readonly GlossaryEntry[]): string[] {
  return entries.flatMap((entry) => [entry.target, ...entry.targetAlternates].flatMap(renderingWords));
}

/** A project's spell checking. */
export interface SpellService {
  check(texts: readonly string[]): Promise<SpellCheckResult>;
  suggest(word: string): Promise<string[]>;
  /** Adds a word to the project dictionary (kept sorted, once); returns the dictionary's words. */
  addWord(word: string): Promise<string[]>;
}

/** Creates the spell service of one project. */
export function createSpellService(store: ProjectStore, glossary: GlossaryState, load: DictionaryLoader = readDictionary): SpellService {
  let glossaryKnown: { version: number; words: string[] } | undefined;
  let known: { key: string; words: KnownWords } | undefined;

  const projectWords = async (): Promise<string[]> => (await store.getDoc<SpellingDictionaryDoc>(SPELLING_DICTIONARY_DOC))?.words ?? [];
  const current = async () => {
    const settings = await store.getSettings();
    const variant = settings.houseStyle ?? DEFAULT_SPELLING_VARIANT;
    if (!glossaryKnown || glossaryKnown.version !== glossary.version) {
      const version = glossary.version;
      glossaryKnown = { version, words: glossaryWords((await glossary.glossary()).entries) };
    }
    const own = await projectWords();
    const key = `${variant}|g${glossaryKnown.version}|p${own.length}:${own.at(-1) ?? ''}`;
    if (!known || known.key !== key) known = { key, words: new KnownWords([...glossaryKnown.words, ...own]) };
    return { variant, engine: await spellEngine(variant, load), known: known.words, version: key };
  };

  return {
    async check(texts) {
      const { variant, engine, known: words, version } = await current();
      return { variant, ranges: texts.map((text) => engine.check(text, words)), version };
    },
    async suggest(word) {
      const { engine, known: words } = await current();
      return engine.suggest(word, words);
    },
    async addWord(given) {
      const word = spellingForm(given.trim());
      const words = await projectWords();
      if (words.includes(word)) return words;
      const next = [...words, word].sort((a, b) => a.localeCompare(b, 'en'));
      await store.saveDoc(SPELLING_DICTIONARY_DOC, { schemaVersion: 1, words: next } satisfies SpellingDictionaryDoc);
      return next;
    },
  };
}
