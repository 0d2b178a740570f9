/**
 * The application menu as data: the editor shortcuts of the renderer, shown in the menu. Editor
 * items do not register their accelerator with the system (registerAccelerator: false), so the key
 * still reaches the page, whose own key map handles it; clicking the item sends the same command.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../services/contract.ts';

/** Menu labels in the two UI languages (the renderer's strings live in renderer/locales). */
const labels = {
  en: {
    file: 'File', quit: 'Quit', edit: 'Edit', undo: 'Undo segment edit', redo: 'Redo segment edit', cut: 'Cut', copy: 'Copy',
    paste: 'Paste', selectAll: 'Select all', find: 'Find…', segment: 'Segment', confirmNext: 'Confirm and go to next',
    approve: 'Approve', previous: 'Previous segment', next: 'Next segment', insert: 'Insert glossary rendering',
    rendering: (n: number) => `Rendering ${n}`, bestMatch: 'Use best memory match', view: 'View', reload: 'Reload', zoomIn: 'Zoom in', zoomOut: 'Zoom out',
    resetZoom: 'Actual size', fullScreen: 'Full screen', devTools: 'Developer tools',
  },
  hi: {
    file: 'फ़ाइल', quit: 'बंद करें', edit: 'संपादन', undo: 'सेगमेंट संपादन पूर्ववत करें', redo: 'सेगमेंट संपादन फिर से करें',
    cut: 'काटें', copy: 'कॉपी करें', paste: 'चिपकाएँ', selectAll: 'सब चुनें', find: 'खोजें…', segment: 'सेगमेंट',
    confirmNext: 'पुष्टि करें और अगले पर जाएँ', approve: 'स्वीकृत करें', previous: 'पिछला सेगमेंट', next: 'अगला सेगमेंट',
    insert: 'शब्दावली अनुवाद डालें', rendering: (n: number) => `अनुवाद ${n}`, bestMatch: 'सबसे अच्छा मेमोरी मिलान डालें', view: 'दृश्य', reload: 'फिर से लोड करें',
    zoomIn: 'बड़ा करें', zoomOut: 'छोटा करें', resetZoom: 'वास्तविक आकार', fullScreen: 'पूर्ण स्क्रीन', devTools: 'डेवलपर टूल',
  },
};

/** The menu template for a UI language; `send` delivers a command to the focused page. */
export function menuTemplate(
  language: 'en' | 'hi',
  send: (command: ShellCommand) => void,
  options: { developerTools: boolean; macOS: boolean },
): MenuItemConstructorOptions[] {
  const text = labels[language];
  const editorItem = (label: string, accelerator: string, command: ShellCommand): MenuItemConstructorOptions => ({
    label, accelerator, registerAccelerator: false, click: () => send(command),
  });
  return [
    // On macOS the first menu is always the application menu.
    ...(options.macOS ? [{ role: 'appMenu' } as const] : []),
    { label: text.file, submenu: [{ role: 'quit', label: text.quit }] },
    {
      label: text.edit,
      submenu: [
        editorItem(text.undo, 'CmdOrCtrl+Z', { type: 'undo' }),
        editorItem(text.redo, 'CmdOrCtrl+Shift+Z', { type: 'redo' }),
        { type: 'separator' },
        // Clipboard roles stay native: on macOS text fields get cut/copy/paste only through the menu.
        { role: 'cut', label: text.cut },
        { role: 'copy', label: text.copy },
        { role: 'paste', label: text.paste },
        { role: 'selectAll', label: text.selectAll },
        { type: 'separator' },
        editorItem(text.find, 'CmdOrCtrl+F', { type: 'find' }),
      ],
    },
    {
      label: text.segment,
      submenu: [
        editorItem(text.confirmNext, 'CmdOrCtrl+Enter', { type: 'confirm-and-next' }),
        editorItem(text.approve, 'CmdOrCtrl+Shift+Enter', { type: 'approve' }),
        { type: 'separator' },
        editorItem(text.previous, 'Alt+Up', { type: 'previous-segment' }),
        editorItem(text.next, 'Alt+Down', { type: 'next-segment' }),
        { type: 'separator' },
        {
          label: text.insert,
          submenu: Array.from({ length: 9 }, (_, index) => editorItem(text.rendering(index + 1), `CmdOrCtrl+${index + 1}`, { type: 'insert-rendering', index })),
        },
        editorItem(text.bestMatch, 'CmdOrCtrl+M', { type: 'insert-best-match' }),
      ],
    },
    {
      label: text.view,
      submenu: [
        { role: 'reload', label: text.reload },
        { role: 'zoomIn', label: text.zoomIn },
        { role: 'zoomOut', label: text.zoomOut },
        { role: 'resetZoom', label: text.resetZoom },
        { role: 'togglefullscreen', label: text.fullScreen },
        ...(options.developerTools ? [{ role: 'toggleDevTools', label: text.devTools } as const] : []),
      ],
    },
  ];
}
