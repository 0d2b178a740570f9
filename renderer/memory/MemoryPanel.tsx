/** Translation memory for the current segment (matches with their Hindi difference) and concordance search. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemoryMatch, ProjectMemory } from './project-memory.ts';
import { MatchRow } from './MatchRow.tsx';
import { ConcordanceSearch } from './ConcordanceSearch.tsx';
import { ImportedMatches } from './ImportedMatches.tsx';
import { MemoryImport } from './MemoryImport.tsx';

/** Props of MemoryPanel. */
export interface MemoryPanelProps {
  memory: ProjectMemory | null;
  matches: readonly MemoryMatch[];
  /** Titles of articles, for where a match comes from. */
  titles: ReadonlyMap<string, string>;
  onInsert(text: string): void;
  /** The current segment, for matches from imported memories (asked of the server). */
  current?: { articleId: string; segmentId: string };
  /** Text selected in the editor to look up in the concordance; a new nonce searches again. */
  concordanceRequest?: { text: string; nonce: number };
}

/** The memory pane under the editor; memoised so typing in the current segment does not re-render it. */
export const MemoryPanel = memo(function MemoryPanel({ memory, matches, titles, onInsert, current, concordanceRequest }: MemoryPanelProps) {
  const { t } = useTranslation();
  // Bumped by an import, so the imported-memory matches are asked for again.
  const [importedVersion, setImportedVersion] = useState(0);
  return (
    <section className="memory-panel" aria-label={t('memory.title')} data-testid="memory-panel">
      <div className="memory-matches">
        <h2 className="pane-title">
          {t('memory.title')} <span className="muted">{memory ? t('memory.size', { count: memory.size }) : t('memory.loading')}</span>{' '}
          <MemoryImport onImported={() => setImportedVersion((version) => version + 1)} />
        </h2>
        {memory && matches.length === 0 && <p className="muted memory-none">{t('memory.noMatches')}</p>}
        <ol className="match-list">
          {matches.map((match, index) => (
            <MatchRow
              key={`${match.articleId}-${match.segmentId}`}
              match={match}
              testId="memory-match"
              origin={
                <span className="match-origin" lang="hi" title={titles.get(match.articleId)}>
                  {titles.get(match.articleId) ?? match.articleId}
                </span>
              }
              onInsert={onInsert}
              shortcut={index === 0 ? 'Ctrl+M' : undefined}
            />
          ))}
        </ol>
        {current && <ImportedMatches articleId={current.articleId} segmentId={current.segmentId} version={importedVersion} onInsert={onInsert} />}
      </div>
      <ConcordanceSearch titles={titles} request={concordanceRequest} />
    </section>
  );
});
