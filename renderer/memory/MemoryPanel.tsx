/** Translation memory for the current segment (matches with their Hindi difference) and concordance search. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import { formatPercent } from '../format.ts';
import type { MemoryMatch, ProjectMemory } from './project-memory.ts';
import { AdaptedTarget } from './AdaptedTarget.tsx';
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
  const { language } = useWorkbench();
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
            <li key={`${match.articleId}-${match.segmentId}`} className="match" data-testid="memory-match">
              <div className="match-head">
                <span className={`match-score ${match.score >= 1 ? 'exact' : ''}`}>{formatPercent(match.score, language)}</span>
                {match.contextMatch && <span className="badge badge-context">{t('memory.context')}</span>}
                {match.adapted && <span className="badge badge-warn">{t('memory.adapted')}</span>}
                <span className="match-origin" lang="hi" title={titles.get(match.articleId)}>
                  {titles.get(match.articleId) ?? match.articleId}
                </span>
                <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onInsert(match.adapted ?? match.target)} title={index === 0 ? 'Ctrl+M' : undefined}>
                  {t('memory.insert')}
                  {index === 0 && <kbd>Ctrl+M</kbd>}
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
        {current && <ImportedMatches articleId={current.articleId} segmentId={current.segmentId} version={importedVersion} onInsert={onInsert} />}
      </div>
      <ConcordanceSearch titles={titles} request={concordanceRequest} />
    </section>
  );
});
