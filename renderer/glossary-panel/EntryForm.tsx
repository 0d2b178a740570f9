/** Edits one glossary entry (new or existing). */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../services/contract.ts';
import { emptyFields, entryFromFields, fieldsFromEntry, type EntryFormFields } from './entry-form-fields.ts';
import { EnglishForms } from './EnglishForms.tsx';

const NO_ENTRIES: readonly GlossaryEntry[] = [];
const TYPES: readonly GlossaryEntry['type'][] = ['person', 'place', 'organization', 'term'];

/** Props of EntryForm. */
export interface EntryFormProps {
  entry?: GlossaryEntry;
  /** Pre-filled fields for a new entry (from a Hindi selection). */
  initial?: EntryFormFields;
  saving: boolean;
  /** The glossary's other entries, for the derived English forms. */
  others?: readonly GlossaryEntry[];
  onSave(fields: EntryFormFields): void;
  onCancel(): void;
  onDelete?(): void;
}

/** The entry form. */
export function EntryForm({ entry, initial, saving, others = NO_ENTRIES, onSave, onCancel, onDelete }: EntryFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<EntryFormFields>(() => (entry ? fieldsFromEntry(entry) : initial ?? emptyFields()));
  const set = <K extends keyof EntryFormFields>(key: K, value: EntryFormFields[K]) => setFields((current) => ({ ...current, [key]: value }));
  const valid = fields.source.trim() !== '' && fields.target.trim() !== '';
  // The entry as typed so far, for the derived forms (a fixed time: only its renderings matter).
  const draft = useMemo(() => (valid ? entryFromFields(fields, entry, new Set(), entry?.updatedAt ?? '') : undefined), [fields, entry, valid]);
  return (
    <form
      className="entry-form"
      data-testid="entry-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSave(fields);
      }}
    >
      <h3>{entry ? t('glossary.editEntry') : t('glossary.newEntry')}</h3>
      <label className="field">
        <span>{t('glossary.fields.source')}</span>
        <input lang="hi" required value={fields.source} data-testid="entry-source" onChange={(event) => set('source', event.target.value)} />
      </label>
      <label className="field">
        <span>{t('glossary.fields.variants')}</span>
        <input lang="hi" value={fields.sourceVariants} placeholder={t('glossary.listHint')} onChange={(event) => set('sourceVariants', event.target.value)} />
      </label>
      <label className="field">
        <span>{t('glossary.fields.target')}</span>
        <input lang="en" required value={fields.target} data-testid="entry-target" onChange={(event) => set('target', event.target.value)} />
      </label>
      <label className="field">
        <span>{t('glossary.fields.alternates')}</span>
        <input lang="en" value={fields.targetAlternates} placeholder={t('glossary.listHint')} onChange={(event) => set('targetAlternates', event.target.value)} />
      </label>
      <label className="field">
        <span>{t('glossary.fields.forbidden')}</span>
        <input lang="en" value={fields.forbidden} placeholder={t('glossary.listHint')} onChange={(event) => set('forbidden', event.target.value)} />
      </label>
      {draft && (
        <EnglishForms
          draft={draft}
          others={others}
          acceptedForms={fields.acceptedForms}
          rejectedForms={fields.rejectedForms}
          onChange={(changed) => setFields((current) => ({ ...current, ...changed }))}
        />
      )}
      <div className="field-row">
        <label className="field">
          <span>{t('glossary.fields.type')}</span>
          <select value={fields.type} onChange={(event) => set('type', event.target.value as GlossaryEntry['type'])}>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`glossary.type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('glossary.fields.matchMode')}</span>
          <select value={fields.matchMode} onChange={(event) => set('matchMode', event.target.value as GlossaryEntry['matchMode'])}>
            <option value="exact">{t('glossary.matchMode.exact')}</option>
            <option value="inflected">{t('glossary.matchMode.inflected')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('glossary.fields.status')}</span>
          <select value={fields.status} onChange={(event) => set('status', event.target.value as GlossaryEntry['status'])}>
            <option value="proposed">{t('glossary.status.proposed')}</option>
            <option value="approved">{t('glossary.status.approved')}</option>
          </select>
        </label>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={fields.caseSensitive} onChange={(event) => set('caseSensitive', event.target.checked)} />
        <span>{t('glossary.fields.caseSensitive')}</span>
      </label>
      <label className="field">
        <span>{t('glossary.fields.note')}</span>
        <textarea rows={2} value={fields.note} onChange={(event) => set('note', event.target.value)} />
      </label>
      <div className="dialog-actions">
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete} disabled={saving}>
            {t('common.delete')}
          </button>
        )}
        <span className="toolbar-spacer" />
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!valid || saving} data-testid="entry-save">
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
