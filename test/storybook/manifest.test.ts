/**
 * custom-elements.json (and so Storybook's arg table) documents the public API only: the attributes an
 * editor types and the properties a developer may use, never an element's internal state.
 */
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {declarationOf, type Manifest} from '../../.storybook/arg-types.js';
import {LIBRARY_TAGS} from '../shared/elements.js';

const response = await fetch('/custom-elements.json');
if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run manifest` (npm test builds it)');
const manifest = (await response.json()) as Manifest;

type PropertyOptions = {state?: boolean; attribute?: string | boolean};
const reactiveProperties = (tag: string) =>
  (customElements.get(tag) as unknown as {elementProperties: Map<string, PropertyOptions>}).elementProperties;

describe('custom-elements.json lists the public API only', () => {
  for (const tag of LIBRARY_TAGS) {
    describe(`<${tag}>`, () => {
      const declaration = () => declarationOf(manifest, tag)!;

      it('is in the manifest', () => expect(declaration(), tag).to.exist);

      it('lists no private, protected or #private member, and no internal reactive state', () => {
        const members = declaration().members ?? [];
        expect(members.filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#'))
          .map((member) => member.name)).to.deep.equal([]);
        const state = [...reactiveProperties(tag)].filter(([, options]) => options.state).map(([name]) => String(name));
        const listed = new Set([...members.map((member) => member.name), ...(declaration().attributes ?? []).map((a) => a.fieldName ?? a.name)]);
        expect(state.filter((name) => listed.has(name)), 'state: true properties').to.deep.equal([]);
      });

      it('lists every attribute the element observes, by its HTML name', () => {
        const observed = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;
        expect((declaration().attributes ?? []).map((attribute) => attribute.name).sort()).to.deep.equal([...observed].sort());
      });
    });
  }

  it('hides the table\'s internals that the issue found listed (rowLimit, announcement, …)', () => {
    const names = (declarationOf(manifest, 'factor-table')!.members ?? []).map((member) => member.name);
    for (const internal of ['rowLimit', 'announcement', 'sourceDialog', 'announceTimer', 'observer', 'rows']) {
      expect(names, internal).not.to.include(internal);
    }
    expect(names).to.include.members(['noSearch', 'noExport', 'visibleFactors', 'kind', 'actor', 'source', 'query', 'group', 'src', 'data', 'lang']);
  });
});
