/**
 * Matches for the current segment from imported, read-only memories (TMX/XLIFF/TSV brought in with
 * `anuvad tm import` or tm.import). The project's own pairs are matched in the renderer
 * (project-memory.ts); imported memories live only on the server, so they are asked for there.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmSegmentMatch } from '../../electron/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { formatPercent } from '../format.ts';
import { AdaptedTarget } from './AdaptedTarget.tsx';

/** Props of ImportedMatches. */
export interface ImportedMatchesProps {
  articleId: string;
  segmentId: string;
  /** Changes when a memory was imported, to ask again. */
  version?: number;
  onInsert(text: string): void;
}

/** The imported-memory matches of one segment, best first. */
export function ImportedMatches({ articleId, segmentId, version, onInsert }: ImportedMatchesProps) {
  const { t } = useTranslation();
  const { api, language } = useWorkbench();
  const [matches, setMatches] = useState<TmSegmentMatch[]>([]);

  useEffect(() => {
    let cancelled = false;
    api['tm.memories']({})
      .then((memories) => (memories.length === 0 ? [] : api['tm.lookup']({ articleId, segmentId })))
      .then(
        (found) => {
          if (!cancelled) setMatches(found.filter((match) => match.memory !== undefined));
        },
        () => {
          // Imported memories are extra help; the project's own matches above still work.
          if (!cancelled) setMatches([]);
        },
      );
    return () => {
      cancelled = true;
    };
  }, [api, articleId, segmentId, version]);

  if (matches.length === 0) return null;
  return (
    <ol className="match-list imported-matches" aria-label={t('memory.importedTitle')}>
      {matches.map((match, index) => (
        <li key={`${match.memory}-${index}`} className="match" data-testid="imported-match">
          <div className="match-head">
            <span className={`match-score ${match.score >= 1 ? 'exact' : ''}`}>{formatPercent(match.score, language)}</span>
            {match.contextMatch && <span className="badge badge-context">{t('memory.context')}</span>}
            {match.adapted && <span className="badge badge-warn">{t('memory.adapted')}</span>}
            <span className="match-origin">{t('memory.fromMemory', { name: match.memory })}</span>
            <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onInsert(match.adapted ?? match.target)}>
              {t('memory.insert')}
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
      ))}
    </ol>
  );
}
