/** The details of a glossary term shown while hovering it in the Hindi. */
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../services/contract.ts';

/** Props of TermPopover. */
export interface TermPopoverProps {
  entry: GlossaryEntry;
  /** Viewport rectangle of the hovered term. */
  anchor: { left: number; top: number; bottom: number };
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** Shows approved rendering, alternates, forbidden forms and the note of an entry. */
export function TermPopover({ entry, anchor, onPointerEnter, onPointerLeave }: TermPopoverProps) {
  const { t } = useTranslation();
  const below = anchor.bottom + 200 < window.innerHeight;
  const style = below
    ? { left: Math.max(8, Math.min(anchor.left, window.innerWidth - 340)), top: anchor.bottom + 6 }
    : { left: Math.max(8, Math.min(anchor.left, window.innerWidth - 340)), bottom: window.innerHeight - anchor.top + 6 };
  return (
    <div className="term-popover" role="tooltip" data-testid="term-popover" style={style} onMouseEnter={onPointerEnter} onMouseLeave={onPointerLeave}>
      <div className="term-popover-head">
        <span lang="hi" className="term-source">
          {entry.source}
        </span>
        <span className="term-type">{t(`glossary.type.${entry.type}`)}</span>
        {entry.status === 'proposed' && <span className="badge badge-warn">{t('glossary.status.proposed')}</span>}
      </div>
      <dl>
        <dt>{t('glossary.fields.target')}</dt>
        <dd className="term-approved">{entry.target}</dd>
        {entry.targetAlternates.length > 0 && (
          <>
            <dt>{t('glossary.fields.alternates')}</dt>
            <dd>{entry.targetAlternates.join(', ')}</dd>
          </>
        )}
        {entry.forbidden.length > 0 && (
          <>
            <dt>{t('glossary.fields.forbidden')}</dt>
            <dd className="term-forbidden">{entry.forbidden.join(', ')}</dd>
          </>
        )}
        {entry.note && (
          <>
            <dt>{t('glossary.fields.note')}</dt>
            <dd>{entry.note}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
