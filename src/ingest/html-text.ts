import { isElement, TEXT_NODE, type DomNode } from './dom.js';

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'TD', 'TH', 'CAPTION',
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'HEAD', 'CANVAS']);

/**
 * The text of a DOM subtree with one paragraph per block element, paragraphs separated by
 * a blank line ("\n\n"), <br> kept as a line break and other whitespace collapsed.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (paragraph.length > 0) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
