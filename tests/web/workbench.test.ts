/**
 * The work around a letter on the officers' page (issue 14), in a real browser: what will be sent before "Hent
 * PDF"; the draft kept per case in this browser (saved, reopened, discarded, deleted once the letter is
 * downloaded); the case's sent letters from the journal, re-rendered byte for byte and used to start the next
 * letter; a contradiction shown at both fields it concerns, in Danish; the plan's computed facts as lists.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from '../support/axe.ts';
import { openOfficersPage, poll, useKey, usePageSession } from '../support/browser.ts';
import { KEYS } from '../support/service.ts';

const session = usePageSession();

const openPage = (key?: string): Promise<Page> => openOfficersPage(session(), key);

async function loadSample(page: Page, letter: string, sample: string) {
  await page.getByLabel('Brevtype').selectOption(letter);
  await poll(() => page.locator(`#sample option[value="${sample}"]`).count()).toBe(1);
  await page.getByLabel('Eksempel').selectOption(sample);
  await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
}

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await file.path());
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const outgoing = (page: Page) => page.locator('#outgoing');
const drafts = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('letters.draft:')));

describe('the officers workbench', () => {
  it('what will be sent: the letter, its companion and the police copy, with recipients, languages, drafts and pages', async () => {
    const page = await openPage();
    await loadSample(page, 'deportation-obstacle-decision', 'extension--with-reopening-guidance');
    const items = outgoing(page).locator('.outgoing-list > li');
    await poll(() => items.count()).toBe(3);
    expect(await items.evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.role))).toEqual([
      'letter',
      'companion',
      'copy',
    ]);
    const [letter, companion, copy] = await items.allTextContents();
    expect(letter).toContain('Modtager: ansøgeren');
    // the English translation of the asylum letters is not approved yet: the officer sees it before sending
    expect(letter).toMatch(/English \(kladde, ikke godkendt\)/);
    expect(companion).toContain('Modtager: ansøgeren');
    expect(copy).toMatch(/^Kopi af /);
    expect(copy).toContain('Modtager: Nordsjællands Politi');
    expect(copy).not.toContain('English');
    const total = Number(/I alt (\d+) sider i én PDF \(3 dokumenter\)/.exec((await outgoing(page).textContent()) ?? '')?.[1]);
    const pages = await items.evaluateAll((li) =>
      li.map((l) => Number(/(\d+) sider?/.exec(l.querySelector('.outgoing-details')?.textContent ?? '')?.[1])),
    );
    expect(pages.reduce((a, b) => a + b, 0)).toBe(total);
    // the plan says in words that an extension (all the applicant asked for) needs no appeal guidance
    expect(await page.locator('#plan').textContent()).toContain('Fuldt medhold: klagevejledning er ikke nødvendig');
    expect(await axe(page)).toEqual([]);

    // the PDF is what was announced
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent PDF' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    await poll(() => page.locator('#status').textContent()).toContain(`(${total} sider)`);

    // a problem in the form: nothing is announced as sent
    await page.getByLabel('Sagsnummer').fill('!!');
    await poll(() => outgoing(page).textContent()).toContain('der sendes intet');
    await page.close();
  });

  it('a draft per case in this browser: saved as the officer types, reopened, discarded, deleted after the download', async () => {
    const page = await openPage();
    await page.getByLabel('Brevtype').selectOption('humanitarian-permit-info');
    expect(await page.locator('#draft-state').isVisible()).toBe(false);
    await page.getByLabel('Levering').selectOption('sent');
    await page.getByLabel('Sagsnummer').fill('2016/770002');
    await page.getByLabel('Navn').first().fill('Testperson Gamma');
    await poll(() => page.locator('#draft-state').textContent()).toMatch(/Kladde gemt i denne browser .* \(sag 2016\/770002\)/);
    // the case number typed character by character leaves one draft, under the whole number
    expect(await drafts(page)).toEqual(['letters.draft:humanitarian-permit-info:2016/770002']);

    // the page loaded again (the tab's key is asked again): the draft is offered and reopened
    await page.reload();
    await useKey(page, KEYS.officer);
    await page.getByLabel('Brevtype').selectOption('humanitarian-permit-info');
    await poll(() => page.locator('#drafts').isVisible()).toBe(true);
    expect(await page.getByLabel('Kladder i denne browser').textContent()).toContain('Sag 2016/770002');
    await page.getByRole('button', { name: 'Åbn kladde' }).click();
    expect(await page.getByLabel('Sagsnummer').inputValue()).toBe('2016/770002');
    expect(await page.getByLabel('Navn').first().inputValue()).toBe('Testperson Gamma');
    expect(await axe(page)).toEqual([]);

    // discarded: gone from the browser and from the form
    await page.getByRole('button', { name: 'Kassér kladde' }).click();
    expect(await drafts(page)).toEqual([]);
    expect(await page.locator('[data-path="data.caseNumber"]').count()).toBe(0);
    await poll(() => page.locator('#status').textContent()).toContain('Kladden er kasseret');

    // kept while the letter is made, deleted once it is downloaded (journalled)
    await page.getByLabel('Eksempel').selectOption('sent');
    await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
    await page.getByLabel('Navn').first().fill('Testperson Delta');
    await poll(() => drafts(page)).toHaveLength(1);
    await download(page, page.getByRole('button', { name: 'Hent PDF' }));
    await poll(() => page.locator('#status').textContent()).toContain('Kladden er slettet');
    expect(await drafts(page)).toEqual([]);
    expect(await page.locator('#draft-state').isVisible()).toBe(false);
    await page.close();
  });

  it('the journal: a case’s sent letters, re-rendered byte for byte (admin), the next letter started from one', async () => {
    const page = await openPage(KEYS.admin);
    await loadSample(page, 'conflict-zone-hearing', 'hearing');
    const caseNumber = await page.getByLabel('Sagsnummer').inputValue();
    const applicant = await page.locator('[data-path="data.applicant.name"]').inputValue();
    const sent = await download(page, page.getByRole('button', { name: 'Hent PDF' }));

    await page.getByLabel('Sagsnr. at søge efter').fill(caseNumber);
    await page.getByRole('button', { name: 'Søg i journalen' }).click();
    const entries = page.locator('.journal-entry');
    await poll(() => entries.count()).toBe(1);
    // the variant in Danish words, not its id alone; the id follows as quiet text for support
    expect(await entries.first().locator('.variant-text').textContent()).toBe(
      'de oplysninger, afgørelsen kan bygge på, og svarfristen, mindst 14 dage (R-ASY-093)',
    );
    expect(await entries.first().locator('.variant-id').textContent()).toBe('hearing');
    const again = await download(page, entries.first().getByRole('button', { name: /^Hent igen/ }));
    expect(sha256(again)).toBe(sha256(sent));
    await poll(() => page.locator('#status').textContent()).toContain('byte for byte');
    expect(await axe(page)).toEqual([]);

    // the decision after the hearing, started from it: the case, the person and the delivery carried over
    await page.getByLabel('Næste brev i sagen').selectOption('conflict-zone-lapse');
    await entries
      .first()
      .getByRole('button', { name: /^Start næste brev herfra/ })
      .click();
    await poll(() => page.getByLabel('Brevtype').inputValue()).toBe('conflict-zone-lapse');
    await poll(() => page.locator('#status').textContent()).toContain('Startet fra brevet af');
    // the decision's kind is the officer's to choose; its fields then hold the facts carried over
    await page.getByLabel('Afgørelse', { exact: true }).selectOption('lapse');
    await poll(() => page.getByLabel('Sagsnummer').inputValue()).toBe(caseNumber);
    expect(await page.locator('[data-path="data.applicant.name"]').inputValue()).toBe(applicant);
    // nothing else is guessed: the decision's own facts are empty
    expect(await page.locator('[data-path="data.letterDate"]').first().inputValue()).toBe('');

    // an officer finds the letter by its case number and re-renders it, byte for byte
    await useKey(page, KEYS.officer);
    await page.getByRole('button', { name: 'Søg i journalen' }).click();
    await poll(() => entries.count()).toBe(1);
    const byOfficer = await download(page, entries.first().getByRole('button', { name: /^Hent igen/ }));
    expect(sha256(byOfficer)).toBe(sha256(sent));
    await page.close();
  });

  it('a contradiction shows at both fields it concerns, in Danish; the plan’s facts read as lists', async () => {
    const page = await openPage();
    await loadSample(page, 'pr-party-hearing', 'hearing--criminal-record');
    await poll(() => page.locator('#plan').textContent()).toContain('R-PR-042');
    // computed facts in words: a judgment is a list of its facts, dates the Danish way, no JSON
    const facts = page.locator('#plan ul.facts');
    await poll(() => facts.count()).toBeGreaterThan(0);
    const plan = (await page.locator('#plan').textContent()) ?? '';
    expect(plan).not.toMatch(/[{}"]/);
    expect(plan).toContain('02-09-2015');
    expect(await facts.locator('ul.facts li', { hasText: 'Retten i Svendborg' }).count()).toBeGreaterThan(0);

    // a letter date before the day the municipality was contacted: shown at both dates
    await page.getByLabel('Eksempel').selectOption('public-help');
    await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
    await poll(() => page.locator('[data-path="data.hearing.municipalityContactedOn"]').count()).toBe(3);
    const contacted = await page
      .locator('[data-path="data.hearing.municipalityContactedOn"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const boxes = page.locator('[data-path="data.letterDate"]');
    const [day, month, year] = contacted;
    const dayBefore = String(Number(day) - 1).padStart(2, '0');
    expect(Number(day)).toBeGreaterThan(1);
    await boxes.nth(0).fill(dayBefore);
    await boxes.nth(1).fill(month ?? '');
    await boxes.nth(2).fill(year ?? '');
    const atLetterDate = page.locator('[data-error-for="data.letterDate"]');
    const atContacted = page.locator('[data-error-for="data.hearing.municipalityContactedOn"]');
    await poll(() => atLetterDate.textContent()).toContain('må ikke ligge før Kommunen kontaktet den');
    await poll(() => atContacted.isVisible()).toBe(true);
    expect(await atContacted.textContent()).toContain('Brevdato: må ikke ligge før Kommunen kontaktet den');
    expect(await atContacted.getAttribute('data-code')).toBe('RULE_DATE_BEFORE');
    expect(await page.locator('[data-path="data.hearing.municipalityContactedOn"]').first().getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
  it('the plan names the variant in Danish and marks the rules’ English reasons; a fact inside the chosen letter is marked with the letter date', async () => {
    const page = await openPage();
    await loadSample(page, 'danish-test-letters', 'result');
    // the letter's own variant field is not named like the page's letter-type picker
    await poll(() => page.getByLabel('Brevets variant').count()).toBe(1);
    expect(await page.getByLabel('Brevtype', { exact: true }).count()).toBe(1);
    const plan = page.locator('#plan');
    await poll(() => plan.textContent()).toContain('R-FAM-037');
    // the variant in Danish words (its descriptionDa), its id after it only as quiet text for support
    const variant = plan.locator('.variant[data-variant="result"]');
    expect(await variant.locator('.variant-text').textContent()).toBe(
      'orientering: bestået eller ikke bestået (21 af 30, R-FAM-037), med klageadgangen til SIRI ordret; R-FAM-095',
    );
    expect(await variant.locator('.variant-id').textContent()).toBe('result');
    expect(await variant.locator('.variant-id').getAttribute('title')).toBe('Variantens id (til support)');
    // the reasons are the rules' English words: marked as English for a screen reader, and the page says so
    expect(await plan.locator('span[lang="en"]').count()).toBeGreaterThan(0);
    expect(await plan.textContent()).toContain('Reglernes forklaringer (efter R-ID) findes kun på engelsk.');

    // a letter dated before the test: shown at the letter date and at the test's date inside the chosen letter
    const boxes = page.locator('[data-path="data.letterDate"]');
    await boxes.nth(0).fill('28');
    await boxes.nth(1).fill('08');
    await boxes.nth(2).fill('2017');
    const atTestDate = page.locator('[data-error-for="data.letter.test.date"]');
    await poll(() => atTestDate.isVisible()).toBe(true);
    expect(await atTestDate.getAttribute('data-code')).toBe('RULE_DATE_BEFORE');
    expect(await page.locator('[data-error-for="data.letterDate"]').textContent()).toContain('må ikke ligge før Prøvedato');
    expect(await page.locator('[data-path="data.letter.test.date"]').first().getAttribute('aria-invalid')).toBe('true');

    // in English (the sample loaded again, without the contradiction): the variant's English description, no note
    await page.locator('#switch-language').click();
    await page.locator('#load-sample').click();
    await poll(() => variant.locator('.variant-text').textContent()).toBe(
      'info: passed or not (21 of 30, R-FAM-037), with the complaint to SIRI word for word; routing R-FAM-095',
    );
    expect(await plan.locator('span[lang="en"]').count()).toBe(0);
    await page.close();
  });

  it('the officer’s text per language: the Danish area, and one for the letter’s second language that a sample fills', async () => {
    const page = await openPage();
    await loadSample(page, 'asylum-refusal-removal', 'refusal-removal-possible--arabic-assessment-translated');
    const arabic = page.locator('[data-path="data.assessment[0].ar"]');
    await poll(() => arabic.isVisible()).toBe(true);
    expect(await page.getByLabel('Arabisk (oversættelse)').first().inputValue()).toMatch(/^لقد أوضحت/);
    expect(await arabic.getAttribute('lang')).toBe('ar');
    // no other language's area is shown
    expect(await page.locator('[data-path="data.assessment[0].en"]').isVisible()).toBe(false);

    // left empty: the Danish only, and the preview's Arabic part boxes the Danish with the note
    // (the same letter type: only the sample is picked, so the form is not built again meanwhile)
    await page.getByLabel('Eksempel').selectOption('refusal-removal-possible--arabic-assessment-danish-only');
    await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
    await poll(() => arabic.inputValue()).toBe('');
    await poll(() => arabic.isVisible()).toBe(true);
    // typed: sent as { da, ar }, and the plan lists the Arabic beside the Danish
    await arabic.fill('نص تجريبي');
    await poll(() => page.locator('#plan').textContent()).toContain('نص تجريبي');
    // the paragraph is one list of its languages, without an empty bullet above them
    const paragraph = page.locator('#plan li.record', { hasText: 'نص تجريبي' });
    expect(await paragraph.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
    expect(await axe(page)).toEqual([]);

    // another second language: its own area, the Arabic text kept but hidden
    await page.locator('#second-language').selectOption('en');
    await poll(() => page.locator('[data-path="data.assessment[0].en"]').isVisible()).toBe(true);
    expect(await arabic.isVisible()).toBe(false);

    // the plan's facts: a country by its Danish name, a question answered without a colon
    await loadSample(page, 'conflict-zone-lapse', 'lapse-in-denmark');
    await poll(() => page.locator('#plan').textContent()).toContain('Land: Syrien');
    expect(await page.locator('#plan').textContent()).toContain('tvangsmæssigt? Nej');
    expect(await page.locator('#plan').textContent()).not.toContain('?:');
    await page.close();
  });
});
