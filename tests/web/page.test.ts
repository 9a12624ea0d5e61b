/**
 * The officers' page in a real browser: for each of the first two letters (and a letter with lists of rows), pick it, load nothing,
 * type a bad value and see the error inline, fill the form (from a sample, then by hand), see the
 * plan and the preview, download the PDF and read its text. Screenshots go to tests/.output/web/.
 * axe-core finds no serious or critical violations, in Danish and in English.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/domain/project-path.ts';
import { axe } from '../support/axe.ts';
import { openOfficersPage, poll, usePageSession } from '../support/browser.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';

const SHOTS = projectPath('tests/.output/web');
mkdirSync(SHOTS, { recursive: true });

const session = usePageSession();

const openPage = (): Promise<Page> => openOfficersPage(session());

/** Types a date into DKFDS's date field (day, month, year) as an officer would. */
async function fillDate(page: Page, name: string, date: string): Promise<void> {
  const [day = '', month = '', year = ''] = date.split('-');
  const group = page.getByRole('group', { name, exact: true });
  await group.getByLabel(/^(Dag|Day)$/).fill(day);
  await group.getByLabel(/^(Måned|Month)$/).fill(month);
  await group.getByLabel(/^(År|Year)$/).fill(year);
}

/** The same by the field's path (the day, month and year boxes all carry it), for a date inside a list's row. */
async function fillDateAt(page: Page, path: string, date: string): Promise<void> {
  const [day = '', month = '', year = ''] = date.split('-');
  const boxes = page.locator(`[data-path="${path}"]`);
  await boxes.nth(0).fill(day);
  await boxes.nth(1).fill(month);
  await boxes.nth(2).fill(year);
}

const dateIn = async (page: Page, name: string): Promise<string> => {
  const group = page.getByRole('group', { name, exact: true });
  const parts = await group.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  return parts.join('-');
};

async function downloadPdf(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Hent PDF|Download PDF/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await download.path();
  return flatText(await readPdf(new Uint8Array(readFileSync(path))));
}

describe('the officers page', () => {
  it('humanitarian-permit-info: conditional address, inline error, plan, preview, PDF', async () => {
    const page = await openPage();
    await page.getByLabel('Brevtype').selectOption('humanitarian-permit-info');
    const street = page.getByLabel('Vej og nummer');
    // the address applies only to a letter that is sent
    await page.getByLabel('Levering').selectOption('handed');
    await poll(() => street.isVisible()).toBe(false);
    await page.getByLabel('Levering').selectOption('sent');
    await poll(() => street.isVisible()).toBe(true);
    // dates the Danish way (DKFDS's date field: day, month, year), whatever the browser's locale
    expect(await page.getByRole('group', { name: 'Brevdato', exact: true }).locator('input').count()).toBe(3);

    // a wrong value: its error shows inline, in Danish, on the field
    await page.getByLabel('Sagsnummer').fill('!!');
    const error = page.locator('[data-error-for="data.caseNumber"]');
    // (fill clears the field first: on a loaded machine that empty value may be checked before '!!')
    await poll(() => error.isVisible()).toBe(true);
    await poll(() => error.textContent()).toMatch(/sagsnummer/i);
    expect(await page.getByLabel('Sagsnummer').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/humanitarian-permit-info-error.png`, fullPage: true });

    // fill it by hand
    await fillDate(page, 'Brevdato', '03-11-2016');
    await page.getByLabel('Sagsnummer').fill('2016/770001');
    await page.getByLabel('Navn').first().fill('Testperson Alfa');
    await fillDate(page, 'Fødselsdato', '2-1-1990');
    await page.locator('[data-path="data.officer.name"]').fill('Sagsbehandler Beta');
    await fillDate(page, 'Dato for afgørelsen om at behandle sagen i Danmark', '28-10-2016');
    await street.fill('Prøvevej 1');
    await page.getByLabel('Postnummer').fill('4300');
    await page.getByLabel('By', { exact: true }).fill('Holbæk');
    await page.getByLabel('Andet sprog').selectOption('en');
    await poll(() => error.isVisible()).toBe(false);
    await poll(() => page.locator('#plan').textContent()).toContain('R-ASY-011');
    expect(await page.locator('#plan').textContent()).toContain('sent');
    await expect.poll(() => page.frameLocator('#preview').locator('body').textContent()).toContain('Testperson Alfa');
    await page.screenshot({ path: `${SHOTS}/humanitarian-permit-info.png`, fullPage: true });

    const text = await downloadPdf(page);
    expect(text).toContain('Testperson Alfa');
    expect(text).toContain('2016/770001');
    expect(await page.locator('#status').textContent()).toMatch(/PDF hentet/);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('reopening-guidance: sample, nested choice, no-letter answer, English switch, PDF', async () => {
    const page = await openPage();
    await page.getByLabel('Brevtype').selectOption('reopening-guidance');
    await page.getByLabel('Eksempel').selectOption('extension-refused-reopened');
    await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
    await poll(() => page.locator('#plan').textContent()).toContain('extension-refused-reopened');
    // the procedure applies only when US finally decided the case
    const procedure = page.getByLabel('Procedure');
    expect(await procedure.isVisible()).toBe(true);
    await page.getByLabel('Endeligt afgjort af').selectOption('refugee-appeals-board');
    await poll(() => procedure.isVisible()).toBe(false);
    await poll(() => page.locator('#plan').textContent()).toContain('extension-refused-board');

    // R-ASY-021: no new information, no letter, and the page says so
    const newInformation = page.getByRole('radiogroup', { name: 'Nye væsentlige baggrundsoplysninger fundet?' });
    await newInformation.getByText('Nej', { exact: true }).click();
    await poll(() => page.locator('#plan').textContent()).toContain('R-ASY-021');
    await newInformation.getByText('Ja', { exact: true }).click();

    // an error in the letter's rules: a letter date before the extension decision
    await fillDate(page, 'Brevdato', '01-01-2017');
    const error = page.locator('[data-error-for="data.letterDate"]');
    await poll(() => error.isVisible()).toBe(true);
    await fillDate(page, 'Brevdato', '10-05-2017');
    await poll(() => error.isVisible()).toBe(false);

    // the preview settles first: a click while it reloads can land in the frame instead
    await expect.poll(() => page.frameLocator('#preview').locator('body').textContent()).toMatch(/Flygtningenævnet/);
    await page.getByRole('button', { name: 'English' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await dateIn(page, 'Letter date')).toBe('10-05-2017');
    await expect.poll(() => page.frameLocator('#preview').locator('body').textContent()).toMatch(/Flygtningenævnet/);
    await page.screenshot({ path: `${SHOTS}/reopening-guidance-en.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);

    const text = await downloadPdf(page);
    expect(text).toContain('Flygtningenævnet');
    await page.close();
  });

  it('torture-expedite-notice: the plan panel shows the follow-up action, in the page language', async () => {
    const page = await openPage();
    await page.getByLabel('Brevtype').selectOption('torture-expedite-notice');
    await page.getByLabel('Eksempel').selectOption('accepted');
    await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
    await poll(() => page.locator('#plan').textContent()).toContain('Opfølgning ud over brevet');
    // the follow-up actions are a list under their heading, one item per action
    const actions = page.locator('#plan dd > ul.follow-up > li');
    expect(await actions.allTextContents()).toEqual([expect.stringContaining('Anmod om hasteberammelse af sagen')]);
    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.locator('#plan').textContent()).toContain('Follow-up besides the letter');
    await poll(() => actions.allTextContents()).toEqual([expect.stringContaining('Ask for the case to be scheduled urgently')]);
    await page.close();
  });

  it('pr-party-hearing: lists of rows (a sample fills them; add, remove; an error inside a row), plan, PDF', async () => {
    const page = await openPage();
    await page.getByLabel('Brevtype').selectOption('pr-party-hearing');
    await page.getByLabel('Eksempel').selectOption('hearing--criminal-record');
    await page.getByRole('button', { name: 'Indlæs eksempel' }).click();
    await poll(() => page.locator('#plan').textContent()).toContain('R-PR-042');
    const court = (row: number) => page.locator(`[data-path="data.hearing.judgments[${row}].court"]`);
    expect(await court(1).inputValue()).toBe('Retten i Svendborg');
    await poll(() => page.locator('#plan').textContent()).toContain('2 judgments');

    // remove the second judgment: the one left is named
    const judgments = page.locator('fieldset[data-group="data.hearing.judgments"]');
    await judgments.getByRole('button', { name: /^Fjern: .*nr\. 2$/ }).click();
    expect(await court(1).count()).toBe(0);
    await poll(() => page.locator('#plan').textContent()).not.toContain('2 judgments');

    // add it again by hand; a waiting period that ends before its judgment shows its error on the row's field
    await judgments.getByRole('button', { name: 'Tilføj' }).click();
    await fillDateAt(page, 'data.hearing.judgments[1].judgmentDate', '02-09-2015');
    await court(1).fill('Retten i Svendborg');
    await page.locator('[data-path="data.hearing.judgments[1].sentence"]').fill('ubetinget fængsel i 40 dage');
    await fillDateAt(page, 'data.hearing.judgments[1].waitingPeriodEnds', '01-09-2015');
    const error = page.locator('[data-error-for="data.hearing.judgments[1].waitingPeriodEnds"]');
    await poll(() => error.isVisible()).toBe(true);
    await fillDateAt(page, 'data.hearing.judgments[1].waitingPeriodEnds', '15-10-2027');
    await poll(() => error.isVisible()).toBe(false);
    await poll(() => page.locator('#plan').textContent()).toContain('2 judgments');
    await page.screenshot({ path: `${SHOTS}/pr-party-hearing.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);

    const text = await downloadPdf(page);
    expect(text).toContain('ved dom af 2. september 2015 afsagt af Retten i Svendborg');
    await page.close();
  });

  it('on a download with problems: a summary of every problem, focused, in Danish', async () => {
    const page = await openPage();
    await page.getByLabel('Brevtype').selectOption('reopening-guidance');
    await page.getByRole('button', { name: 'Hent PDF' }).click();
    const summary = page.locator('#summary');
    await poll(() => summary.isVisible()).toBe(true);
    expect(await summary.locator('li').count()).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary');
    expect(await summary.textContent()).toContain('skal udfyldes');
    await page.screenshot({ path: `${SHOTS}/summary.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
