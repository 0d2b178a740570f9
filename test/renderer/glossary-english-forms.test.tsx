// @vitest-environment jsdom
/**
 * The glossary form shows the entry's derived English forms as toggles and a field for forms
 * added by hand; switching one off and adding one reaches the saved entry, and the checker's
 * family of the saved entry follows (the removed form is no longer accepted, the added one is).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import type { Glossary } from '../../glossary/model.ts';
import { createI18n } from '../../renderer/i18n.ts';
import { EntryForm } from '../../renderer/glossary-panel/EntryForm.tsx';
import { entryFromFields, type EntryFormFields } from '../../renderer/glossary-panel/entry-form-fields.ts';
import { acceptedFormsByEntry } from '../../glossary/english-forms.ts';

const glossary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../glossary/default-glossary.json'), 'utf8')) as Glossary;
const korea = glossary.entries.find((entry) => entry.target === 'North Korea')!;
const others = glossary.entries.filter((entry) => entry !== korea);

afterEach(() => cleanup());

describe('accepted English forms in the glossary form', () => {
  it.each(['en', 'hi'] as const)('(%s) toggles a derived form off, adds one by hand, and the saved entry carries both', async (language) => {
    const saved: EntryFormFields[] = [];
    const i18n = await createI18n(language);
    render(
      <I18nextProvider i18n={i18n}>
        <EntryForm entry={korea} others={others} saving={false} onSave={(fields) => saved.push(fields)} onCancel={() => {}} />
      </I18nextProvider>,
    );
    await waitFor(() => expect(screen.getAllByTestId('derived-form').map((chip) => chip.textContent)).toContain('North Korean'));
    const chip = screen.getAllByTestId('derived-form').find((each) => each.textContent === 'North Korean')!;
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    fireEvent.change(screen.getByTestId('entry-accepted-forms'), { target: { value: 'Pyongyang regime' } });
    fireEvent.click(screen.getByTestId('entry-save'));
    expect(saved).toHaveLength(1);
    const entry = entryFromFields(saved[0], korea, new Set(), '2026-12-07T10:00:00.000Z');
    expect(entry.rejectedForms).toEqual(['North Korean']);
    expect(entry.acceptedForms).toEqual(['Pyongyang regime']);
    const family = acceptedFormsByEntry([...others, entry]).get(korea.id)!;
    expect(family).toContain('Pyongyang regime');
    expect(family).not.toContain('North Korean');
  });
});
