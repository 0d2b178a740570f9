/** One translation-memory match: score, context/adapted badges, origin, Insert button, Hindi word diff, English target. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordDiffOp } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { formatPercent } from '../format.ts';
import { AdaptedTarget } from './AdaptedTarget.tsx';

/** The fields of a match the row shows (project and imported matches both have them). */
export interface ShownMatch {
  score: number;
  contextMatch: boolean;
  adapted?: string;
  target: string;
  diff: readonly WordDiffOp[];
}

/** Props of MatchRow. */
export interface MatchRowProps {
  match: ShownMatch;
  /** Where the match comes from (an element with class match-origin). */
  origin: ReactNode;
  onInsert(text: string): void;
  /** Shortcut shown on the Insert button (the best match's Ctrl+M). */
  shortcut?: string;
  testId: string;
}

/** A match as a list item; Insert puts the adapted target when there is one. */
export function MatchRow({ match, origin, onInsert, shortcut, testId }: MatchRowProps) {
  const { t } = useTranslation();
  const { language } = useWorkbench();
  return (
    <li className="match" data-testid={testId}>
      <div className="match-head">
        <span className={`match-score ${match.score >= 1 ? 'exact' : ''}`}>{formatPercent(match.score, language)}</span>
        {match.contextMatch && <span className="badge badge-context">{t('memory.context')}</span>}
        {match.adapted && <span className="badge badge-warn">{t('memory.adapted')}</span>}
        {origin}
        {/* mousedown would take the focus from the translation box the text goes into. */}
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onInsert(match.adapted ?? match.target)} title={shortcut}>
          {t('memory.insert')}
          {shortcut && <kbd>{shortcut}</kbd>}
        </button>
      </div>
      <div className="match-source" lang="hi">
        {match.diff.map((op, opIndex) =>
          op.op === 'equal' ? (
            <span key={opIndex}>{op.text} </span>
          ) : op.op === 'delete' ? (
            <del key={opIndex} title={t('memory.onlyInMemory')}>
              {op.text}{' '}
            </del>
          ) : (
            <ins key={opIndex} title={t('memory.onlyInCurrent')}>
              {op.text}{' '}
            </ins>
          ),
        )}
      </div>
      <div className="match-target" lang="en">
        <AdaptedTarget target={match.target} adapted={match.adapted} />
      </div>
    </li>
  );
}
