/**
 * A letter's variant as the officer reads it: its description in the page's language (`descriptionDa` on the
 * Danish page), with the variant id after it as quiet secondary text (and in the title), for a call to support.
 * A variant the catalogue no longer knows (an old journal entry) shows its id alone.
 */

/** @returns {HTMLSpanElement} */
export function variantView(letter, variantId, words) {
  const variant = letter?.variants?.find((v) => v.id === variantId);
  const description = variant && (words.language() === 'da' ? variant.descriptionDa : variant.description);
  const view = Object.assign(document.createElement('span'), { className: 'variant' });
  view.dataset.variant = variantId;
  if (!description) {
    view.textContent = variantId;
    return view;
  }
  const id = Object.assign(document.createElement('small'), {
    className: 'variant-id',
    textContent: variantId,
    title: words.word('variantId'),
  });
  view.append(Object.assign(document.createElement('span'), { className: 'variant-text', textContent: description }), ' ', id);
  return view;
}
