/**
 * The command table. A new command is a module in this folder exporting a CliCommand; register it
 * with one import and one entry below (two-word names such as 'tm import' work as they are).
 */
import type { CliCommand } from '../command.ts';
import { alignCommand } from './align.ts';
import { glossaryConvertCommand } from './glossary-convert.ts';
import { glossaryExportCommand } from './glossary-export.ts';
import { glossaryImportCommand } from './glossary-import.ts';
import { importCommand } from './import.ts';
import { listCommand } from './list.ts';
import { qaCommand } from './qa.ts';
import { showCommand } from './show.ts';
import { termsCommand } from './terms.ts';
import { glossaryApplyCommand } from './glossary-apply.ts';
import { glossaryUndoCommand } from './glossary-undo.ts';
import { tmConvertCommand } from './tm-convert.ts';
import { tmExportCommand } from './tm-export.ts';
import { tmImportCommand } from './tm-import.ts';
import { tmLookupCommand } from './tm-lookup.ts';
import { xliffExportCommand } from './xliff-export.ts';
import { deskCloneCommand, deskInitCommand, deskPublishCommand, deskResolveCommand, deskSyncCommand, deskUserAddCommand } from './desk.ts';
import { exportCommand } from './export.ts';

/** Every command, in the order `anuvad --help` lists them. */
export const commands: CliCommand[] = [
  importCommand,
  listCommand,
  showCommand,
  termsCommand,
  qaCommand,
  glossaryConvertCommand,
  glossaryImportCommand,
  glossaryExportCommand,
  alignCommand,
  tmImportCommand,
  tmLookupCommand,
  tmConvertCommand,
  tmExportCommand,
  xliffExportCommand,
  exportCommand,
  glossaryApplyCommand,
  glossaryUndoCommand,
  deskInitCommand,
  deskUserAddCommand,
  deskPublishCommand,
  deskCloneCommand,
  deskSyncCommand,
  deskResolveCommand,
];
