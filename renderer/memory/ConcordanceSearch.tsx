/**
 * Concordance search over the whole project memory on the server (confirmed pairs of every
 * article and the imported memories): every pair whose Hindi (normalised) or English contains
 * the query. A selection in the editor sets the query through `request`.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcordanceHit } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';

/** Quiet time after typing before the server is asked. */
const SEARCH_DELAY_MS = 200;

/** Props of ConcordanceSearch. */
export interface ConcordanceSearchProps {
  /** Titles of articles, for where a pair comes from. */
  titles: ReadonlyMap<string, string>;
  /** Text selected in the editor to search for; a new nonce searches again. */
  request?: { text: string; nonce: number };
}

/** The search box and its results. */
export function ConcordanceSearch({ titles, request }: ConcordanceSearchProps) {
  const { t } = useTranslation();
  const { api } = useWorkbench();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; hits: ConcordanceHit[] } | null>(null);

  useEffect(() => {
    if (request) setQuery(request.text);
  }, [request]);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setFound(null);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api['tm.concordance']({ query: trimmed }).then(
        (hits) => {
          if (!cancelled) setFound({ query: trimmed, hits });
        },
        () => {
          if (!cancelled) setFound({ query: trimmed, hits: [] });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [api, query]);

  return (
    <div className="memory-concordance">
      <input
        type="search"
        className="search"
        value={query}
        placeholder={t('memory.concordancePlaceholder')}
        aria-label={t('memory.concordanceLabel')}
        data-testid="concordance-input"
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="concordance-list">
        {found?.hits.map((hit, index) => (
          <li key={`${hit.articleId ?? hit.memory}-${hit.segmentId ?? index}`} data-testid="concordance-pair">
            <div lang="hi">{hit.source}</div>
            <div lang="en" className="muted">
              {hit.target}
            </div>
            <div className="concordance-origin muted" lang={hit.memory ? 'en' : 'hi'}>
              {hit.memory ? t('memory.fromMemory', { name: hit.memory }) : (titles.get(hit.articleId ?? '') ?? hit.articleId)}
            </div>
          </li>
        ))}
        {found && found.hits.length === 0 && <li className="muted">{t('memory.noConcordance')}</li>}
      </ul>
    </div>
  );
}
