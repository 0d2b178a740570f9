/**
 * Matches for the current segment from imported, read-only memories (TMX/XLIFF/TSV brought in with
 * `anuvad tm import` or tm.import). The project's own pairs are matched in the renderer
 * (project-memory.ts); imported memories live only on the server, so they are asked for there.
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
        <MatchRow
          key={`${match.memory}-${index}`}
          match={match}
          testId="imported-match"
          origin={<span className="match-origin">{t('memory.fromMemory', { name: match.memory })}</span>}
          onInsert={onInsert}
        />
      ))}
    </ol>
  );
}
