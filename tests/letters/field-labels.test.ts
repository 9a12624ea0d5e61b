/** Every field and every choice of every letter's input has a Danish (and English) label for the officer. */

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeLetter } from '../../src/engine.ts';
import { catalogue } from '../../src/letters/catalogue.ts';
import { labelSchema, type MissingWords } from '../../src/letters/labelled-schema.ts';
import { testWorld } from '../support/world.ts';

describe('the officer’s words on every schema', () => {
  it.each(catalogue.map((letter) => [letter.id, letter] as const))('%s: every field and choice has a label', (_id, letter) => {
    const missing: MissingWords = { fields: [], choices: [] };
    labelSchema(
      letter.id,
      z.toJSONSchema(letter.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
      missing,
    );
    expect(missing).toEqual({ fields: [], choices: [] });
  });

  it('the catalogue’s schema carries them: title in Danish, x-label in both languages, help with its R-ID, choices', () => {
    const schema = describeLetter('reopening-guidance', testWorld())?.inputSchema as {
      properties: Record<string, { title?: string; 'x-label'?: unknown; 'x-help'?: { da: string } }>;
    };
    expect(schema.properties.letterDate?.title).toBe('Brevdato');
    expect(schema.properties.letterDate?.['x-label']).toEqual({ da: 'Brevdato', en: 'Letter date' });
    expect(schema.properties.newEssentialInformation?.['x-help']?.da).toContain('R-ASY-021');
    const extension = schema.properties.extension as unknown as { properties: { outcome: { 'x-choices': unknown } } };
    expect(extension.properties.outcome['x-choices']).toEqual({
      da: { granted: 'Meddelt', refused: 'Afslået' },
      en: { granted: 'Granted', refused: 'Refused' },
    });
  });
});
