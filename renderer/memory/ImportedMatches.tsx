/**
 * Matches for the current segment that live only on the server: the English an alignment links
 * to it (origin "alignment", offered beside a translation the review kept) and imported,
 * read-only memories (TMX/XLIFF/TSV brought in with `anuvad tm import` or tm.import). The
 * project's own pairs are matched in the renderer (project-memory.ts).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmSegmentMatch } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { MatchRow } from './MatchRow.tsx';

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
  const { api } = useWorkbench();
  const [matches, setMatches] = useState<TmSegmentMatch[]>([]);

  useEffect(() => {
    let cancelled = false;
    api['tm.lookup']({ articleId, segmentId })
      .then(
        (found) => {
          if (!cancelled) setMatches(found.filter((match) => match.memory !== undefined || match.origin === 'alignment'));
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
        <MatchRow
          key={`${match.memory ?? match.origin}-${index}`}
          match={match}
          testId={match.origin === 'alignment' ? 'alignment-match' : 'imported-match'}
          origin={<span className="match-origin">{match.origin === 'alignment' ? t('memory.fromAlignment') : t('memory.fromMemory', { name: match.memory })}</span>}
          onInsert={onInsert}
        />
      ))}
    </ol>
  );
}
