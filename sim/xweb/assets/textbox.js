// A Draft.js-shaped text box, as X's desktop composer has: div.DraftEditor-root around a contenteditable
// div[role=textbox][data-testid=tweetTextarea_N]. Draft.js owns its DOM and re-creates it on every render, so
// code must not keep references to its nodes; here the browser edits the content and we read it back as text.

import { isMac } from './config.js';
import { h } from './dom.js';
import { t } from './i18n.js';

let nextEditorKey = 1;

/**
 * Builds the text box of post `index`. `onText(text)` runs on every edit, `onSubmit()` on Ctrl/Cmd+Enter
 * (both through the root's delegated listeners, as React does).
 */
export function textBox({ index, text, placeholder, onText, onSubmit }) {
  const editorKey = `e${(nextEditorKey++).toString(36)}`;
  const placeholderId = `placeholder-${editorKey}`;
  const placeholderRoot = h(
    'div',
    { class: 'public-DraftEditorPlaceholder-root', hidden: text !== '' },
    h('div', { class: 'public-DraftEditorPlaceholder-inner', id: placeholderId, text: placeholder }),
  );
  const content = h(
    'div',
    {
      class: 'notranslate public-DraftEditor-content',
      contenteditable: 'true',
      role: 'textbox',
      spellcheck: 'true',
      tabindex: '0',
      'aria-label': t('postText'),
      'aria-multiline': 'true',
      'aria-autocomplete': 'list',
      'aria-describedby': placeholderId,
      'data-testid': `tweetTextarea_${index}`,
      style: { outline: 'none', userSelect: 'text', whiteSpace: 'pre-wrap', overflowWrap: 'break-word' },
      on: {
        input: () => {
          const current = readText(content);
          placeholderRoot.hidden = current !== '';
          onText(current);
        },
        keydown: (event) => {
          if (event.key === 'Enter' && postsFrom(event)) {
            event.preventDefault();
            onSubmit();
          }
        },
      },
    },
    h('div', { 'data-contents': 'true' }, blocks(text, editorKey)),
  );
  // X's rich-text component wraps the editor in tweetTextarea_NRichTextInputContainer: a prefix selector on
  // "tweetTextarea_" matches two elements per post.
  return h(
    'label',
    { 'data-testid': `tweetTextarea_${index}_label`, class: 'textbox-label' },
    h(
      'div',
      { 'data-testid': `tweetTextarea_${index}RichTextInputContainer`, class: 'rich-text-container' },
      h(
        'div',
        { class: 'DraftEditor-root' },
        placeholderRoot,
        h('div', { class: 'DraftEditor-editorContainer' }, content),
      ),
    ),
  );
}

/** Cmd+Enter posts on macOS only; elsewhere Ctrl+Enter without Alt. Ctrl+Enter on macOS does nothing. */
function postsFrom(event) {
  if (isMac()) return event.metaKey && !event.ctrlKey;
  return event.ctrlKey && !event.altKey && !event.metaKey;
}

/** One Draft block per line; an empty line holds a <br data-text> as Draft renders it. */
function blocks(text, editorKey) {
  return text.split('\n').map((line, lineIndex) => {
    const offsetKey = `${editorKey}${lineIndex}-0-0`;
    const leaf = line === '' ? h('br', { 'data-text': 'true' }) : h('span', { 'data-text': 'true', text: line });
    return h(
      'div',
      { 'data-block': 'true', 'data-editor': editorKey, 'data-offset-key': offsetKey },
      h(
        'div',
        { class: 'public-DraftStyleDefault-block public-DraftStyleDefault-ltr', 'data-offset-key': offsetKey },
        h('span', { 'data-offset-key': offsetKey }, leaf),
      ),
    );
  });
}

/** The text as the user sees it (innerText keeps line breaks); a lone trailing break is editing residue. */
function readText(content) {
  // innerText, not textContent: Draft blocks are divs, and only innerText turns them into lines.
  const text = content.innerText.replace(/\u00a0/g, ' ');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}
