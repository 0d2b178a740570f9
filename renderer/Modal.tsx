/** The modal dialog scaffolding every dialog shares: shown with showModal on mount, Esc cancels. */
import { useEffect, useRef, type ReactNode } from 'react';

/** Props of Modal. */
export interface ModalProps {
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  /** Esc (the dialog's cancel event): the dialog stays open until the owner unmounts it. */
  onCancel(): void;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** A `<dialog>` opened as a modal when it mounts; on unmount the focus goes back to what opened it. */
export function Modal({ labelledBy, onCancel, className = 'dialog', testId, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    const invoker = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    // Environments without modal dialogs (jsdom, old engines) still get a visible, usable dialog.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      // Removing a focused dialog drops the focus to <body>; give it back unless the owner already moved it.
      const active = document.activeElement;
      const lost = !active || active === document.body || element.contains(active);
      if (lost && invoker?.isConnected) invoker.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        // The owner decides when the dialog closes (it unmounts it); the browser must not close it alone.
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
