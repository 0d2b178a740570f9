/**
 * The project warnings bar (issue 13, item 7): what the store met while opening or working — a
 * quarantined article, a glossary from a newer version, a file changed by another program, a
 * read-only folder… — each with its file and what to do. Non-blocking (a region above the view,
 * not a dialog), announced politely to screen readers, each warning dismissible for the session.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, ProjectInfo } from '../services/contract.ts';
import { visibleName } from '../articles/visible-name.ts';
import { loadDismissed, saveDismissed, visibleWarnings, warningKey, warningKind, type ProjectWarningItem } from './project-warnings.ts';

/** Props of ProjectWarnings. */
export interface ProjectWarningsProps {
  api: Api;
  /** What project.info said at start. */
  initial?: ProjectInfo;
  /** Changes when the view changes: the warnings are asked for again (new ones appear while working). */
  refreshKey: string;
}

/** The bar; renders nothing when there is nothing to show. */
export function ProjectWarnings({ api, initial, refreshKey }: ProjectWarningsProps) {
  const { t } = useTranslation();
  const [warnings, setWarnings] = useState<ProjectWarningItem[]>(initial?.warnings ?? []);
  const [dismissed, setDismissed] = useState<Set<string>>(() => loadDismissed());

  const refresh = useCallback(() => {
    api['project.info']({}).then((info) => setWarnings(info.warnings), () => undefined);
  }, [api]);
  useEffect(() => {
    refresh();
  }, [refresh, refreshKey]);
  useEffect(() => {
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  const dismiss = (keys: string[]) => {
    const next = new Set([...dismissed, ...keys]);
    saveDismissed(next);
    setDismissed(next);
  };

  const shown = visibleWarnings(warnings, dismissed);
  if (shown.length === 0) return null;
  return (
    <section className="project-warnings" aria-labelledby="project-warnings-title" aria-live="polite" data-testid="project-warnings">
      <div className="project-warnings-head">
        <h2 id="project-warnings-title">{t('warnings.title', { count: shown.length })}</h2>
        {shown.length > 1 && (
          <button type="button" onClick={() => dismiss(shown.map(warningKey))}>
            {t('warnings.dismissAll')}
          </button>
        )}
      </div>
      <ul>
        {shown.map((warning) => {
          const kind = warningKind(warning.code);
          const file = visibleName(warning.file);
          return (
            <li key={warningKey(warning)} className="project-warning" data-testid="project-warning" data-code={warning.code} data-file={warning.file}>
              <div className="project-warning-text">
                <strong>{t(`warnings.kind.${kind}`)}</strong>{' '}
                <code className="project-warning-file" lang="en">{file}</code>
                <p>{t(`warnings.todo.${kind}`, { file })}</p>
                <details>
                  <summary>{t('warnings.details')}</summary>
                  <p lang="en">{warning.detail}</p>
                </details>
              </div>
              <button type="button" className="project-warning-dismiss" aria-label={t('warnings.dismissOne', { file })} onClick={() => dismiss([warningKey(warning)])}>
                {t('warnings.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
