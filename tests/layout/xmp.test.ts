/**
 * The XMP document information (layout/xmp.ts, print review G6): the title per language with the Danish as
 * x-default, the dates, and text escaped so that a title with "&" or "<" keeps the metadata well-formed.
 */
import { describe, expect, it } from 'vitest';
import { readXml } from '../../src/i18n/xml-tree.ts';
import { infoXmp } from '../../src/pipeline/layout/xmp.ts';

const wrap = (inner: string) => `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${inner}</rdf:RDF>`;

describe('XMP document information', () => {
  const xml = infoXmp({
    creationDate: new Date(Date.UTC(2016, 10, 3)),
    creator: 'decision-letters',
    producer: 'decision-letters (pdfkit)',
    author: 'Udlændingestyrelsen, Center for Asyl',
    titles: [
      { language: 'da', title: 'Afgørelse & "vejledning" <§ 7>' },
      { language: 'ar', title: 'قرار (udlændingelovens § 7)' },
    ],
  });

  it('is well-formed with titles that hold XML characters', () => {
    expect(readXml(wrap(xml), 20)).toMatchObject({ ok: true });
    expect(xml).toContain('<rdf:li xml:lang="x-default">Afgørelse &amp; &quot;vejledning&quot; &lt;§ 7&gt;</rdf:li>');
  });

  it('lists x-default (the Danish), then each language by its locale, and equal creation and modification dates', () => {
    expect([...xml.matchAll(/xml:lang="([^"]+)"/g)].map((m) => m[1])).toEqual(['x-default', 'da-DK', 'ar']);
    expect(xml).toContain('<xmp:CreateDate>2016-11-03T00:00:00Z</xmp:CreateDate>');
    expect(xml).toContain('<xmp:ModifyDate>2016-11-03T00:00:00Z</xmp:ModifyDate>');
  });
});
