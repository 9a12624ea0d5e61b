/**
 * The World: everything the pipeline reads besides the request, loaded once per process and shared
 * by every letter (typst's term). Authorities, locale strings, compiled templates, parsed fonts.
 * Fonts load on first use, so validating or planning never pays for them.
 */
import { type AppealConfiguration, loadAppealConfiguration } from './domain/appeal-configuration.ts';
import { type AuthorityRegistry, loadAuthorities } from './domain/authorities.ts';
import { type LocaleStore, loadLocales } from './i18n/locales.ts';
import { type FontSet, loadFonts } from './pipeline/fonts.ts';
import { loadTemplates, type TemplateStore } from './pipeline/templates.ts';

export interface World {
  readonly authorities: AuthorityRegistry;
  readonly appealConfiguration: AppealConfiguration;
  readonly locales: LocaleStore;
  readonly templates: TemplateStore;
  readonly fonts: FontSet;
}

export function createWorld(): World {
  let fonts: FontSet | undefined;
  return {
    authorities: loadAuthorities(),
    appealConfiguration: loadAppealConfiguration(),
    locales: loadLocales(),
    templates: loadTemplates(),
    get fonts() {
      fonts ??= loadFonts();
      return fonts;
    },
  };
}
