/**
 * "Changed elsewhere": shown when a write was based on a stale revision (another tab, window or
 * program saved first). Both versions side by side; keep mine, take theirs, or for a glossary
 * entry choose per field. Text is rendered as text, never HTML.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, Segment, Settings } from '../services/contract.ts';
import { MERGEABLE_ENTRY_FIELDS, type MergeableEntryField } from '../glossary/entry-merge.ts';
import { Modal } from './Modal.tsx';
import { setConflictResolver } from './transport/conflict-slot.ts';
import type { ConflictChoice, ConflictQuestion } from './transport/revision-tracker.ts';

const FIELD_LABEL_KEYS: Record<MergeableEntryField, string> = {
  source: 'glossary.fields.source', sourceVariants: 'glossary.fields.variants', target: 'glossary.fields.target',
  targetAlternates: 'glossary.fields.alternates', forbidden: 'glossary.fields.forbidden', type: 'glossary.fields.type',
  caseSensitive: 'glossary.fields.caseSensitive', matchMode: 'glossary.fields.matchMode', note: 'glossary.fields.note',
  status: 'glossary.fields.status', author: 'conflict.author',
};

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(' | ');
  if (value === undefined || value === null || value === '') return '—';
  return String(value);
}

interface Pending {
  question: ConflictQuestion;
  answer(choice: ConflictChoice): void;
}

/** Mount once: registers itself with the transport and shows one conflict at a time. */
export function ConflictHost() {
  const [queue, setQueue] = useState<Pending[]>([]);
  useEffect(() => setConflictResolver((question) => new Promise<ConflictChoice>((answer) => {
    setQueue((current) => [...current, { question, answer }]);
  })), []);
  const head = queue[0];
  if (!head) return null;
  const decide = (choice: ConflictChoice) => {
    head.answer(choice);
    setQueue((current) => current.slice(1));
  };
  return <ConflictDialog question={head.question} onDecide={decide} />;
}

/** Props of ConflictDialog. */
export interface ConflictDialogProps {
  question: ConflictQuestion;
  onDecide(choice: ConflictChoice): void;
}

/** One conflict, both versions, and the choices. */
export function ConflictDialog({ question, onDecide }: ConflictDialogProps) {
  const { t } = useTranslation();
  const { conflict } = question;
  const deleted = conflict.theirs === null;
  return (
    <Modal labelledBy="conflict-title" onCancel={() => onDecide({ choice: 'mine' })} testId="conflict-dialog" className="dialog conflict-dialog">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>{deleted ? t('conflict.deleted') : t(`conflict.explain.${conflict.kind}`)}</p>
      {conflict.kind === 'glossary-entry' && !deleted && conflict.mine
        ? <EntryChoice question={question} onDecide={onDecide} />
        : (
          <>
            <Versions mine={conflict.mine} theirs={conflict.theirs} kind={conflict.kind} />
            <div className="dialog-actions">
              <button type="button" data-testid="conflict-keep-mine" onClick={() => onDecide({ choice: 'mine' })}>{t('conflict.keepMine')}</button>
              <button type="button" data-testid="conflict-take-theirs" onClick={() => onDecide({ choice: 'theirs' })}>{t('conflict.takeTheirs')}</button>
            </div>
          </>
        )}
    </Modal>
  );
}

function Versions({ mine, theirs, kind }: { mine: unknown; theirs: unknown; kind: string }) {
  const { t } = useTranslation();
  const describe = (value: unknown): string[] => {
    if (value === null || value === undefined) return [t('conflict.none')];
    if (kind === 'segment') {
      const segment = value as Partial<Segment>;
      return [shown(segment.target), segment.status ? t(`status.${segment.status}`) : '', segment.overrideReason ? `${t('conflict.reason')}: ${segment.overrideReason}` : ''].filter(Boolean);
    }
    // A header field's English: mine is { source, target }, theirs the stored translation.
    if (kind === 'field') return [shown((value as { target?: string }).target)];
    if (kind === 'settings') return Object.entries(value as Partial<Settings>).filter(([key]) => key !== 'revision').map(([key, v]) => `${key}: ${shown(v)}`);
    return [JSON.stringify(value)];
  };
  return (
    <div className="conflict-versions">
      <section data-testid="conflict-mine"><h3>{t('conflict.mine')}</h3>{describe(mine).map((line, i) => <p key={i}>{line}</p>)}</section>
      <section data-testid="conflict-theirs"><h3>{t('conflict.theirs')}</h3>{describe(theirs).map((line, i) => <p key={i}>{line}</p>)}</section>
    </div>
  );
}

function EntryChoice({ question, onDecide }: ConflictDialogProps) {
  const { t } = useTranslation();
  const mine = question.conflict.mine as GlossaryEntry;
  const theirs = question.conflict.theirs as GlossaryEntry;
  const differing = MERGEABLE_ENTRY_FIELDS.filter((field) => JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]));
  // Preselect: a field only I changed since the base is mine; everything else starts as theirs.
  const [picks, setPicks] = useState<Record<string, 'mine' | 'theirs'>>(() => Object.fromEntries(differing.map((field) => {
    const base = question.base;
    const onlyMine = base !== undefined && JSON.stringify(theirs[field]) === JSON.stringify(base[field]);
    return [field, onlyMine ? 'mine' : 'theirs'];
  })));
  const merged = (): GlossaryEntry => {
    const result = { ...theirs } as Record<string, unknown>;
    for (const field of differing) if (picks[field] === 'mine') result[field] = mine[field];
    return result as unknown as GlossaryEntry;
  };
  return (
    <>
      <table className="conflict-fields" data-testid="conflict-fields">
        <thead><tr><th>{t('conflict.field')}</th><th>{t('conflict.mine')}</th><th>{t('conflict.theirs')}</th></tr></thead>
        <tbody>
          {differing.map((field) => (
            <tr key={field} data-field={field}>
              <th scope="row">{t(FIELD_LABEL_KEYS[field])}</th>
              {(['mine', 'theirs'] as const).map((side) => (
                <td key={side}>
                  <label>
                    <input type="radio" name={`conflict-${field}`} checked={picks[field] === side} onChange={() => setPicks((current) => ({ ...current, [field]: side }))} />
                    {' '}{shown(side === 'mine' ? mine[field] : theirs[field])}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" data-testid="conflict-keep-mine" onClick={() => onDecide({ choice: 'mine' })}>{t('conflict.keepMine')}</button>
        <button type="button" data-testid="conflict-take-theirs" onClick={() => onDecide({ choice: 'theirs' })}>{t('conflict.takeTheirs')}</button>
        <button type="button" data-testid="conflict-merge" onClick={() => onDecide({ choice: 'merged', value: merged() })}>{t('conflict.merge')}</button>
      </div>
    </>
  );
}
