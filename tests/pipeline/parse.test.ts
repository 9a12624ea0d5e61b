/** The letter markup subset: what templates may emit, and what they may not. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline/parse.ts';

describe('parse', () => {
  it('turns the subset into typed blocks, collapsing white space as HTML does', () => {
    const result = parse(
      '<h1>Title</h1>\n<p>One <strong>bold</strong>  and\n <em>it</em><br>next</p><ul><li>a</li><li>b</li></ul><table><tr><th>h</th></tr><tr><td>c</td></tr></table>',
      't',
    );
    expect(result).toEqual({
      ok: true,
      value: [
        { type: 'heading', level: 1, lines: [[{ text: 'Title', bold: false, italic: false }]] },
        {
          type: 'paragraph',
          role: 'body',
          lines: [
            [
              { text: 'One ', bold: false, italic: false },
              { text: 'bold', bold: true, italic: false },
              { text: ' and ', bold: false, italic: false },
              { text: 'it', bold: false, italic: true },
            ],
            [{ text: 'next', bold: false, italic: false }],
          ],
        },
        {
          type: 'list',
          ordered: false,
          items: [[[{ text: 'a', bold: false, italic: false }]], [[{ text: 'b', bold: false, italic: false }]]],
        },
        {
          type: 'table',
          rows: [
            { cells: [{ header: true, lines: [[{ text: 'h', bold: false, italic: false }]] }] },
            { cells: [{ header: false, lines: [[{ text: 'c', bold: false, italic: false }]] }] },
          ],
        },
      ],
    });
  });

  it('decodes escaped input back to the literal text', () => {
    const result = parse('<p>&lt;b&gt;x&lt;/b&gt; &amp; &quot;Ali&quot; O&#x27;Brien &#x2F;</p>', 't');
    expect(result.ok && result.value[0]).toEqual({
      type: 'paragraph',
      role: 'body',
      lines: [[{ text: '<b>x</b> & "Ali" O\'Brien /', bold: false, italic: false }]],
    });
  });

  it('marks the heading of an enclosure (class "enclosure"), and only that heading', () => {
    const result = parse('<h1>Letter</h1><h2 class="enclosure">Uddrag fra lov nr. 176</h2>', 't');
    expect(result).toEqual({
      ok: true,
      value: [
        { type: 'heading', level: 1, lines: [[{ text: 'Letter', bold: false, italic: false }]] },
        { type: 'heading', level: 2, lines: [[{ text: 'Uddrag fra lov nr. 176', bold: false, italic: false }]], enclosure: true },
      ],
    });
  });

  it.each([
    ['<script>x</script>', 'MARKUP_UNKNOWN_TAG'],
    ['<p>open', 'MARKUP_INVALID'],
    ['<p><p>nested</p></p>', 'MARKUP_INVALID'],
    ['text outside any block', 'MARKUP_INVALID'],
    ['<li>item without list</li>', 'MARKUP_INVALID'],
    ['<p class="big">x</p>', 'MARKUP_INVALID'],
    ['<section><p>no lang</p></section>', 'MARKUP_INVALID'],
    ['<h2 class="big">x</h2>', 'MARKUP_INVALID'],
  ])('refuses %s', (markup, code) => {
    const result = parse(markup, 't');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.code)).toContain(code);
  });
});
