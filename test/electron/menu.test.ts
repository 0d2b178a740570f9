/** The menu template: Ctrl+M (use the best memory match) is an item in both UI languages and sends its command. */
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../electron/menu.ts';
import type { ShellCommand } from '../../services/contract.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('menu: use best memory match', () => {
  it.each([
    ['en', 'Use best memory match'],
    ['hi', 'सबसे अच्छा मेमोरी मिलान डालें'],
  ] as const)('%s: a Ctrl+M item that leaves the key to the page and sends insert-best-match', (language, label) => {
    const sent: ShellCommand[] = [];
    const all = items(menuTemplate(language, (command) => sent.push(command), { developerTools: false, macOS: false }));
    const item = all.find((each) => each.accelerator === 'CmdOrCtrl+M');
    expect(item?.label).toBe(label);
    expect(item?.registerAccelerator).toBe(false);
    (item?.click as () => void)();
    expect(sent).toEqual([{ type: 'insert-best-match' }]);
    // One item per accelerator: Ctrl+M is not bound twice.
    expect(all.filter((each) => each.accelerator === 'CmdOrCtrl+M')).toHaveLength(1);
  });
});
