import {fixtureSync, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/source-citation/source-citation.js';
import type {SourceCitation} from '../../src/elements/source-citation/source-citation.component.js';

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

export {html};
