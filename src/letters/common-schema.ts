/**
 * Schema pieces every letter shares: case reference, people, addresses, the officer.
 * Strict objects everywhere: an unknown key is an error, never silently dropped.
 * A `@format:<key>` message names the expected format; `pipeline/validate.ts` turns it into INPUT_FORMAT.
 */
import { z } from 'zod';
import { civilDateSchema } from '../domain/civil-date.ts';

export const civilDate = civilDateSchema;

const text = (max: number) => z.string().trim().min(1).max(max);

const pattern = (re: RegExp, format: string) => z.string().regex(re, { error: `@format:${format}` });

/** US case number (sagsnr.), e.g. 2016/123456: shown in the letter and its footer. */
export const caseNumber = pattern(/^[0-9A-Za-z][0-9A-Za-z/.-]{2,39}$/, 'case-number');

export const applicant = z.strictObject({
  name: text(200),
  dateOfBirth: civilDate,
});

export const danishPostalAddress = z.strictObject({
  careOf: text(200).optional(),
  street: text(200),
  postcode: pattern(/^\d{4}$/, 'postcode'),
  city: text(100),
});

export const officer = z.strictObject({
  name: text(200),
  title: text(100).optional(),
  phone: pattern(/^\+?[0-9 ]{8,16}$/, 'phone').optional(),
});

/** The fields every letter takes about its case: what `aboutTheCase` (plan.ts) takes. */
export const aboutTheCaseFields = {
  letterDate: civilDate,
  caseNumber,
  applicant,
  officer,
};

/** The fields of every letter sent to the applicant at a Danish address: what `toTheApplicant` (plan.ts) takes. */
export const toTheApplicantFields = {
  letterDate: civilDate,
  caseNumber,
  applicant,
  address: danishPostalAddress,
  officer,
};

export type Applicant = z.infer<typeof applicant>;
export type DanishPostalAddress = z.infer<typeof danishPostalAddress>;
export type Officer = z.infer<typeof officer>;
