/** `letters i18n …`: the translators' commands over locales/ (see README, "For translators"). */
import { Command } from 'commander';
import { i18nCheckCommand } from './i18n-check.ts';
import { i18nExportCommand } from './i18n-export.ts';
import { i18nImportCommand } from './i18n-import.ts';
import { i18nPreviewCommand } from './i18n-preview.ts';
import { i18nStatusCommand } from './i18n-status.ts';

export const i18nCommand = () =>
  new Command('i18n')
    .description("the translators' tools: status, check, export, import, preview")
    .addCommand(i18nStatusCommand())
    .addCommand(i18nCheckCommand())
    .addCommand(i18nExportCommand())
    .addCommand(i18nImportCommand())
    .addCommand(i18nPreviewCommand());
