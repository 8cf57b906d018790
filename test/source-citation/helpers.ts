import {fixtureSync, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/source-citation/source-citation.js';
import type {SourceCitation} from '../../src/elements/source-citation/source-citation.component.js';

let groupCounter = 0;
/** A group name no other test uses, so tests never share filter state. */
export const freshGroup = () => `citation-${Date.now()}-${groupCounter++}`;

/**
 * Renders a template and waits for the first `<source-citation>` in it to finish rendering.
 * `fixtureSync`, because `fixture` waits an animation frame for a plain `<div>` root, and a test
 * page in a background tab may get none.
 */
export async function citationFixture(template: TemplateResult): Promise<SourceCitation> {
  const root = fixtureSync(template);
  const card = (root.localName === 'source-citation' ? root : root.querySelector('source-citation')) as SourceCitation;
  await card.updateComplete;
  return card;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.trim());
/** Text with runs of white space (from template line breaks) made single spaces. */
export const flat = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
export {html};
