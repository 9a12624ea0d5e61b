/**
 * A one-part letter document around the given blocks, with a plain frame (no recipient, one footer line): what
 * the layout tests lay out to see where lines and pages break, without composing a whole letter.
 */
import type { LanguageCode } from '../../src/domain/languages.ts';
import type { Block, LetterDocument } from '../../src/pipeline/document.ts';

export const blocksDocument = (blocks: Block[], language: LanguageCode = 'da'): LetterDocument => ({
  title: 'Test',
  author: 'Test',
  creationDate: new Date(Date.UTC(2016, 2, 1)),
  parts: [
    {
      language,
      direction: 'ltr',
      document: 0,
      blocks,
      frame: {
        letterhead: { name: 'Udlændingestyrelsen', unit: null, lines: [] },
        recipient: null,
        references: [],
        footer: 'Sagsnr. 1',
        pageLabel: (page, total) => `Side ${page} af ${total}`,
        draftMark: null,
      },
    },
  ],
});
