/** The workbench shell: top bar, the article list or the editor, the glossary panel and the status line. */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, Glossary, ProjectInfo } from '../services/contract.ts';
import { ArticleList } from './list/ArticleList.tsx';
import type { TermProposal } from './glossary-panel/GlossaryPanel.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useDeskFollow } from './desk/use-desk-follow.ts';
import { useProjectGlossary } from './use-project-glossary.ts';
import { useEntrySearchWarmup } from './glossary-panel/use-entry-search-warmup.ts';
import { localeFor, type UiLanguage } from './format.ts';
import { WorkbenchContext, type Workbench } from './workbench-context.ts';
import { parseRoute, routeHash, type Route } from './route.ts';
import { onShellCommand } from './transport/index.ts';
import { answerCloseCommand } from './editor/close-flush.ts';
import { ConflictHost } from './ConflictDialog.tsx';
import { ProjectWarnings } from './ProjectWarnings.tsx';
import { onTookTheirs } from './transport/conflict-slot.ts';

// The other views' code is loaded when first shown, or while idle after the first paint
// (preloadViews), so opening on the list does not parse and run the editor's, review's and
// reports' code first (issue 10: open → first row).
const loadEditor = () => import('./editor/Editor.tsx');
const loadReview = () => import('./review/ReviewView.tsx');
const loadDesk = () => import('./desk/DeskView.tsx');
const loadAnalysis = () => import('./analysis/AnalysisView.tsx');
const loadQaReport = () => import('./report/QaReportView.tsx');
// The glossary panel too (its entry form, transliteration and propagation): the list opens without it.
const loadGlossaryPanel = () => import('./glossary-panel/GlossaryPanel.tsx');
const Editor = lazy(() => loadEditor().then((module) => ({ default: module.Editor })));
const ReviewView = lazy(() => loadReview().then((module) => ({ default: module.ReviewView })));
const DeskView = lazy(() => loadDesk().then((module) => ({ default: module.DeskView })));
const AnalysisView = lazy(() => loadAnalysis().then((module) => ({ default: module.AnalysisView })));
const QaReportView = lazy(() => loadQaReport().then((module) => ({ default: module.QaReportView })));
const GlossaryPanel = lazy(() => loadGlossaryPanel().then((module) => ({ default: module.GlossaryPanel })));

/** Loads the other views' code while the page is idle; a failure is the view's to show when opened. */
function preloadViews(): () => void {
  const run = () => {
    for (const load of [loadGlossaryPanel, loadEditor, loadReview, loadAnalysis, loadQaReport, loadDesk]) load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 1000);
  return () => window.clearTimeout(handle);
}

/** Props of App: the API is passed in, so tests and the dev mock can supply their own. */
export interface AppProps {
  api: Api;
  /** The glossary when the caller already has it (tests); otherwise it is loaded after the first paint. */
  initialGlossary?: Glossary;
  project?: ProjectInfo;
}

/** The whole renderer UI. */
export function App({ api, initialGlossary, project }: AppProps) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'hi' ? 'hi' : 'en') as UiLanguage;
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  // The list paints from the summaries alone; the glossary and its checker follow (use-project-glossary.ts).
  const { glossary, glossaryReady, glossaryError, entriesById, checker, checkerReady, setGlossary } = useProjectGlossary(api, initialGlossary, route.view === 'editor' || route.view === 'review');
  // Where the QA report's Back returns: the view it was opened from.
  const beforeReport = useRef<Route>({ view: 'list' });
  useEffect(() => {
    if (route.view !== 'qa-report') beforeReport.current = route;
  }, [route]);
  const [panel, setPanel] = useState<{ open: boolean; proposal?: TermProposal }>({ open: false });
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // "Take theirs" in the conflict dialog: views holding the old version load the stored one.
  const [reloads, setReloads] = useState(0);
  useEffect(() => onTookTheirs((conflict) => {
    if (conflict.kind === 'glossary-entry') void api['glossary.get']({}).then(setGlossary, () => undefined);
    else setReloads((count) => count + 1);
  }), [api, setGlossary]);

  // The desktop window closes only after the page answers (with every pending edit written).
  useEffect(() => onShellCommand((command) => answerCloseCommand(command)), []);

  useEffect(() => {
    document.title = t('app.name');
  }, [t, language]);

  useEffect(() => preloadViews(), []);

  useEffect(() => {
    if (!message) return;
    const handle = window.setTimeout(() => setMessage(null), message.tone === 'error' ? 8000 : 4000);
    return () => window.clearTimeout(handle);
  }, [message]);

  const navigate = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);

  // A desk pushes glossary changes into the project; the page follows them (renderer/desk/).
  const [deskStatus, setDeskStatus] = useDeskFollow(api, setGlossary);
  useEntrySearchWarmup(glossary.entries, localeFor(language), glossaryReady);
  useEffect(() => {
    if (glossaryError) setMessage({ text: t('glossary.loadFailed', { detail: glossaryError }), tone: 'error' });
  }, [glossaryError, t]);

  const workbench = useMemo<Workbench>(
    () => ({
      api,
      language,
      readOnly: project?.readOnly ?? false,
      glossary,
      glossaryReady,
      entriesById,
      checker,
      checkerReady,
      setGlossary,
      proposeTerm: (source, returnFocus) => setPanel({ open: true, proposal: { source, nonce: Date.now(), returnFocus } }),
      openArticle: (articleId, segmentId) => navigate({ view: 'editor', articleId, segmentId }),
      openAnalysis: (articleIds) => navigate(articleIds ? { view: 'analysis', articleIds } : { view: 'analysis' }),
      reloadEditor: (articleId, segmentId) => {
        navigate({ view: 'editor', articleId, segmentId });
        setReloads((count) => count + 1);
      },
      notify: (text, tone = 'info') => setMessage({ text, tone }),
    }),
    [api, language, project?.readOnly, glossary, glossaryReady, entriesById, checker, checkerReady, setGlossary, navigate],
  );

  return (
    <WorkbenchContext.Provider value={workbench}>
      {/* data-glossary: whether the glossary has loaded (it comes after the first paint; tests and the bench wait for it). */}
      <div className={`app ${panel.open ? 'with-panel' : ''}`} data-glossary={glossaryReady ? 'ready' : 'loading'}>
        <header className="topbar">
          <button type="button" className="brand" onClick={() => navigate({ view: 'list' })} title={t('app.backToList')}>
            <span className="brand-mark" aria-hidden="true">अ</span>
            <span className="brand-name">{t('app.name')}</span>
          </button>
          {project?.readOnly && <span className="badge badge-warn">{t('app.readOnly')}</span>}
          <span className="topbar-spacer" />
          <button
            type="button"
            className={`tool ${route.view === 'review' ? 'active' : ''}`}
            aria-pressed={route.view === 'review'}
            data-testid="nav-review"
            onClick={() => navigate(route.view === 'review' ? { view: 'list' } : { view: 'review' })}
          >
            {t('review.nav')}
          </button>
          <button
            type="button"
            className={`tool ${route.view === 'desk' ? 'active' : ''}`}
            aria-pressed={route.view === 'desk'}
            data-testid="nav-desk"
            onClick={() => navigate(route.view === 'desk' ? { view: 'list' } : { view: 'desk' })}
          >
            {t('desk.nav')}{deskStatus?.connected ? ' ●' : ''}
          </button>
          <button
            type="button"
            className={`tool ${panel.open ? 'active' : ''}`}
            aria-pressed={panel.open}
            onClick={() => setPanel((current) => ({ open: !current.open }))}
          >
            {t('glossary.panelTitle')}
          </button>
          <LanguageSwitch />
        </header>
        <ProjectWarnings api={api} initial={project} refreshKey={route.view === 'editor' ? `editor:${route.articleId}` : route.view} />
        <main className="content">
          <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
            {route.view === 'list' ? (
              <ArticleList />
            ) : route.view === 'review' ? (
              <ReviewView />
            ) : route.view === 'desk' ? (
              <DeskView status={deskStatus} onStatus={setDeskStatus} />
            ) : route.view === 'analysis' ? (
              <AnalysisView key={(route.articleIds ?? []).join('/')} articleIds={route.articleIds} onBack={() => navigate(route.articleIds?.length === 1 ? { view: 'editor', articleId: route.articleIds[0] } : { view: 'list' })} />
            ) : route.view === 'qa-report' ? (
              <QaReportView articleIds={route.articleIds} onClose={() => navigate(beforeReport.current)} />
            ) : (
              <Editor key={`${route.articleId}:${reloads}`} articleId={route.articleId} initialSegmentId={route.segmentId} onClose={() => navigate({ view: 'list' })} />
            )}
          </Suspense>
        </main>
        <ConflictHost />
        {panel.open && (
          <Suspense fallback={null}>
            <GlossaryPanel proposal={panel.proposal} onClose={() => setPanel({ open: false })} />
          </Suspense>
        )}
        {message && (
          <div className={`toast toast-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
          </div>
        )}
      </div>
    </WorkbenchContext.Provider>
  );
}
