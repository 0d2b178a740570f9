/** The glossary entry form's text fields and their conversion to and from an entry. */
import type { GlossaryEntry } from '../../services/contract.ts';
import { createEntry } from '../../glossary/entry.ts';

/** Lists in the form are typed as text separated by "|", the same separator as the CSV exchange format. */
export const LIST_SEPARATOR = '|';

/** What the form edits, as strings. */
export interface EntryFormFields {
  source: string;
  sourceVariants: string;
  target: string;
  targetAlternates: string;
  forbidden: string;
  /** English forms added to the entry's family by hand ("|" list). */
  acceptedForms: string;
  /** Derived forms switched off ("|" list). */
  rejectedForms: string;
  type: GlossaryEntry['type'];
  matchMode: GlossaryEntry['matchMode'];
  caseSensitive: boolean;
  status: GlossaryEntry['status'];
  note: string;
}

/** Form fields of an existing entry. */
export function fieldsFromEntry(entry: GlossaryEntry): EntryFormFields {
  return {
    source: entry.source,
    sourceVariants: entry.sourceVariants.join(` ${LIST_SEPARATOR} `),
    target: entry.target,
    targetAlternates: entry.targetAlternates.join(` ${LIST_SEPARATOR} `),
    forbidden: entry.forbidden.join(` ${LIST_SEPARATOR} `),
    acceptedForms: (entry.acceptedForms ?? []).join(` ${LIST_SEPARATOR} `),
    rejectedForms: (entry.rejectedForms ?? []).join(` ${LIST_SEPARATOR} `),
    type: entry.type,
    matchMode: entry.matchMode,
    caseSensitive: entry.caseSensitive,
    status: entry.status,
    note: entry.note,
  };
}

/** Empty form fields for a new entry. */
export function emptyFields(source = '', target = ''): EntryFormFields {
  return { source, sourceVariants: '', target, targetAlternates: '', forbidden: '', acceptedForms: '', rejectedForms: '', type: 'term', matchMode: 'exact', caseSensitive: false, status: 'proposed', note: '' };
}

/** Splits a "|" list typed in the form into trimmed, non-empty items. */
export function splitFormList(text: string): string[] {
  return text.split(LIST_SEPARATOR).map((part) => part.trim()).filter(Boolean);
}

/** Builds the entry to save; an existing entry keeps its id, creation time and author. A new id avoids ids already taken. */
export function entryFromFields(fields: EntryFormFields, existing: GlossaryEntry | undefined, takenIds: ReadonlySet<string>, now: string): GlossaryEntry {
  const split = splitFormList;
  const accepted = split(fields.acceptedForms);
  const rejected = split(fields.rejectedForms);
  const entry = createEntry(
    {
      ...(existing ?? {}),
      source: fields.source,
      sourceVariants: split(fields.sourceVariants),
      target: fields.target,
      targetAlternates: split(fields.targetAlternates),
      forbidden: split(fields.forbidden),
      acceptedForms: accepted.length > 0 ? accepted : undefined,
      rejectedForms: rejected.length > 0 ? rejected : undefined,
      type: fields.type,
      matchMode: fields.matchMode,
      caseSensitive: fields.caseSensitive,
      status: fields.status,
      note: fields.note,
    },
    { now, id: existing?.id, author: existing?.author },
  );
  if (existing) return entry;
  let id = entry.id;
  for (let suffix = 2; takenIds.has(id); suffix++) id = `${entry.id}-${suffix}`;
  return { ...entry, id };
}
