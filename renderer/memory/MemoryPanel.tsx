/**
 * Translation memory for the current segment and concordance search. The matches come from the
 * one project memory on the server (tm.lookup, asked by the editor session): the project's own
 * confirmed pairs with glossary term adaptation, then those of imported memories.
 */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmSegmentMatch } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { MatchRow } from './MatchRow.tsx';
import { ConcordanceSearch } from './ConcordanceSearch.tsx';
import { MemoryImport } from './MemoryImport.tsx';

/** Props of MemoryPanel. */
export interface MemoryPanelProps {
  /** The current segment's matches, best first; null while they are asked for. */
  matches: readonly TmSegmentMatch[] | null;
  onInsert(text: string): void;
  /** Text selected in the editor to look up in the concordance; a new nonce searches again. */
  concordanceRequest?: { text: string; nonce: number };
  /** A memory file was imported (the matches are asked for again). */
  onImported(): void;
}

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/** Titles of the project's articles, for where a match comes from; loaded once per pane. */
function useArticleTitles(): ReadonlyMap<string, string> {
  const { api } = useWorkbench();
  const [titles, setTitles] = useState(NO_TITLES);
  useEffect(() => {
    let cancelled = false;
    api['article.list']({}).then(
      (summaries) => {
        if (!cancelled) setTitles(new Map(summaries.map((summary) => [summary.id, summary.title])));
      },
      () => {
        // Without titles a match names its article by id.
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  return titles;
}

/** The memory pane under the editor; memoised so typing in the current segment does not re-render it. */
export const MemoryPanel = memo(function MemoryPanel({ matches, onInsert, concordanceRequest, onImported }: MemoryPanelProps) {
  const { t } = useTranslation();
  const titles = useArticleTitles();
  const own = matches?.filter((match) => match.memory === undefined) ?? [];
  const imported = matches?.filter((match) => match.memory !== undefined) ?? [];
  const best = matches?.[0];
  return (
    <section className="memory-panel" aria-label={t('memory.title')} data-testid="memory-panel">
      <div className="memory-matches">
        <h2 className="pane-title">
          {t('memory.title')} {matches === null && <span className="muted">{t('memory.loading')}</span>} <MemoryImport onImported={onImported} />
        </h2>
        {matches?.length === 0 && <p className="muted memory-none">{t('memory.noMatches')}</p>}
        <ol className="match-list">
          {own.map((match, index) => (
            <MatchRow
              key={`${match.articleId}-${index}`}
              match={match}
              testId={match.origin === 'alignment' ? 'alignment-match' : 'memory-match'}
              origin={match.origin === 'alignment' ? (
                <span className="match-origin">{t('memory.fromAlignment')}</span>
              ) : (
                <span className="match-origin" lang="hi" title={titles.get(match.articleId ?? '')}>
                  {titles.get(match.articleId ?? '') ?? match.articleId}
                </span>
              )}
              onInsert={onInsert}
              shortcut={match === best ? 'Ctrl+M' : undefined}
            />
          ))}
        </ol>
        {imported.length > 0 && (
          <ol className="match-list imported-matches" aria-label={t('memory.importedTitle')}>
            {imported.map((match, index) => (
              <MatchRow
                key={`${match.memory}-${index}`}
                match={match}
                testId="imported-match"
                origin={<span className="match-origin">{t('memory.fromMemory', { name: match.memory })}</span>}
                onInsert={onInsert}
                shortcut={match === best ? 'Ctrl+M' : undefined}
              />
            ))}
          </ol>
        )}
      </div>
      <ConcordanceSearch titles={titles} request={concordanceRequest} />
    </section>
  );
});
