/**
 * "Export" menu for one or more articles: the English as plain text, Markdown or Word, copied to
 * the clipboard, and (one article) XLIFF 1.2 / 2.0. Keyboard: the button opens the menu with its
 * first item focused, arrows move, Escape closes and focus returns to the button.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';
import { downloadFile } from '../review/download.ts';
import { englishPage } from '../../articles/exchange/english-layout.ts';
import { copyEnglish } from './english-clipboard.ts';
import './article-tools.css';

/** Props of ExportMenu. */
export interface ExportMenuProps {
  articleIds: readonly string[];
  /** Writes pending edits first, so the export holds what is on screen. */
  flush?(): Promise<void>;
  /** Label of the button (default "Export"). */
  label?: string;
}

type ExportAction = 'txt' | 'md' | 'docx' | 'clipboard' | 'xliff12' | 'xliff20';

/** The menu button and its items. */
export function ExportMenu({ articleIds, flush, label }: ExportMenuProps) {
  const { t } = useTranslation();
  const { api, notify } = useWorkbench();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const actions: ExportAction[] = articleIds.length === 1 ? ['txt', 'md', 'docx', 'clipboard', 'xliff12', 'xliff20'] : ['txt', 'md', 'docx', 'clipboard'];

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const told = (file: ExportFile) => {
    if (file.untranslated) notify(t('export.untranslated', { count: file.untranslated }));
    if (file.untranslatedFields) notify(t('export.untranslatedFields', { count: file.untranslatedFields }));
  };
  const run = async (action: ExportAction) => {
    close();
    setBusy(true);
    try {
      await flush?.();
      if (action === 'clipboard') {
        const pages = [];
        for (const id of articleIds) pages.push(englishPage(await api['article.get']({ id })));
        await copyEnglish(pages);
        notify(t('export.copied'));
      } else if (action === 'xliff12' || action === 'xliff20') {
        downloadFile(await api['export.xliff']({ articleId: articleIds[0], version: action === 'xliff12' ? '1.2' : '2.0' }));
      } else {
        const file = await api['export.english']({ articleIds: [...articleIds], format: action });
        downloadFile(file);
        told(file);
      }
    } catch (error) {
      notify(t('export.failed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  return (
    <span
      className="export-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open}
        // Not disabled while busy: a disabled button would drop the focus to <body>.
        disabled={articleIds.length === 0}
        aria-busy={busy}
        data-testid="export-menu"
        onClick={() => {
          if (busy) return;
          setOpen((value) => !value);
          // Focus the first item once it is rendered.
          window.setTimeout(() => menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus(), 0);
        }}
      >
        {label ?? t('export.button')} ▾
      </button>
      {open && (
        <div className="export-menu-items" role="menu" ref={menu} aria-label={t('export.menu')} onKeyDown={onMenuKey}>
          {actions.map((action) => (
            <button key={action} type="button" role="menuitem" data-testid={`export-${action}`} onClick={() => void run(action)}>
              {t(`export.${action}`)}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
