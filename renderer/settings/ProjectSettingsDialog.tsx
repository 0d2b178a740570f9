/**
 * Project settings as a dialog (the house style of English spelling today): opened from the list
 * and the analysis, not the top bar, whose row had no room for a select at 200 % zoom.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../Modal.tsx';
import { HouseStyleSelect } from '../spell/HouseStyleSelect.tsx';
import './settings.css';

/** Props of ProjectSettingsDialog. */
export interface ProjectSettingsDialogProps {
  onClose(): void;
}

/** The project settings dialog; closing gives the focus back to the button that opened it (Modal). */
export function ProjectSettingsDialog({ onClose }: ProjectSettingsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const hintId = useId();
  return (
    <Modal labelledBy={titleId} onCancel={onClose} testId="project-settings">
      <h2 id={titleId}>{t('settings.title')}</h2>
      <label className="settings-field">
        <span>{t('settings.houseStyle')}</span>
        <HouseStyleSelect describedBy={hintId} />
      </label>
      <p id={hintId} className="muted settings-hint">{t('settings.houseStyleHint')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-testid="settings-close">
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}

/** The button that opens the project settings, and the dialog while open; closing puts the focus back on the button. */
export function ProjectSettings() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // After the dialog is gone: removing a focused <dialog> drops the focus to <body>.
    window.requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" aria-expanded={open} data-testid="open-settings" onClick={() => setOpen(true)}>
        {t('settings.open')}
      </button>
      {open && <ProjectSettingsDialog onClose={close} />}
    </>
  );
}
