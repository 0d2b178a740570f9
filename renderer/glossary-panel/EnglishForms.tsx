/**
 * The entry's English family in the form: the forms derived by rule (demonyms, places of
 * adjectives, noun/adjective partners; glossary/english-forms.ts), each a toggle the terminologist
 * can switch off (a removed form the checker no longer accepts), and the forms they add by hand.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../services/contract.ts';
import { deriveEnglishForms, forbiddenKeysOf, renderingKey } from '../../glossary/english-forms.ts';
import { LIST_SEPARATOR, splitFormList } from './entry-form-fields.ts';

/** Props of EnglishForms. */
export interface EnglishFormsProps {
  /** The entry as the form holds it now. */
  draft: GlossaryEntry;
  /** The other entries of the glossary (partners and forbidden forms come from them). */
  others: readonly GlossaryEntry[];
  acceptedForms: string;
  rejectedForms: string;
  onChange(fields: { acceptedForms?: string; rejectedForms?: string }): void;
}

/** Derived forms as toggles and the added forms as a list field. */
export function EnglishForms({ draft, others, acceptedForms, rejectedForms, onChange }: EnglishFormsProps) {
  const { t } = useTranslation();
  // Deriving reads the whole glossary: typing stays responsive while it follows a moment later.
  const deferred = useDeferredValue(draft);
  const { derived, forbidden } = useMemo(() => {
    const entries = [...others, deferred];
    return { derived: deriveEnglishForms(entries).get(deferred.id) ?? [], forbidden: forbiddenKeysOf(entries) };
  }, [others, deferred]);
  const rejected = splitFormList(rejectedForms);
  const rejectedKeys = new Set(rejected.map(renderingKey));
  // A derived form some entry forbids is never accepted, so it is not offered.
  const shown = derived.filter((form) => !forbidden.has(renderingKey(form)));
  for (const form of rejected) if (!shown.some((each) => renderingKey(each) === renderingKey(form))) shown.push(form);
  const toggle = (form: string) => {
    const key = renderingKey(form);
    const next = rejectedKeys.has(key) ? rejected.filter((each) => renderingKey(each) !== key) : [...rejected, form];
    onChange({ rejectedForms: next.join(` ${LIST_SEPARATOR} `) });
  };
  return (
    <fieldset className="field english-forms" data-testid="english-forms">
      <legend>{t('glossary.fields.derivedForms')}</legend>
      {shown.length === 0 ? (
        <p className="muted">{t('glossary.noDerivedForms')}</p>
      ) : (
        <>
          <p className="muted">{t('glossary.derivedFormsHint')}</p>
          <div className="form-chips">
            {shown.map((form) => (
              <button
                key={form}
                type="button"
                lang="en"
                className={`chip ${rejectedKeys.has(renderingKey(form)) ? 'chip-off' : ''}`}
                aria-pressed={!rejectedKeys.has(renderingKey(form))}
                data-testid="derived-form"
                onClick={() => toggle(form)}
              >
                {form}
              </button>
            ))}
          </div>
        </>
      )}
      <label className="field">
        <span>{t('glossary.fields.acceptedForms')}</span>
        <input lang="en" value={acceptedForms} placeholder={t('glossary.listHint')} data-testid="entry-accepted-forms" onChange={(event) => onChange({ acceptedForms: event.target.value })} />
      </label>
    </fieldset>
  );
}
