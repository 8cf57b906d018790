// The lists a web manager copies into a CMS's settings name every element and every attribute the
// elements understand: an attribute missing there is silently dropped from an editor's code.
import {expect} from '@open-wc/testing';
import {ALL_ELEMENT_ATTRIBUTES, ELEMENT_ATTRIBUTES, CMS_TAGS, configCode, dompurifyOptions, templateLines, tinymceOptions} from '../../src/embed/builder/cms-configs.js';
import {BUILDER_TEXT} from '../../src/embed/builder/builder-text.js';
import {snippet} from '../../src/embed/builder/snippets.js';
import {DEFAULT_EMBED_SETTINGS, EMBED_ELEMENTS} from '../../src/embed/embed-query.js';
import {ELEMENT_TAGS} from '../../src/elements/registry.js';

interface Manifest {
  modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
}

describe('the CMS settings the builder hands out', () => {
  it('name every element and each of its attributes, as custom-elements.json has them', async () => {
    const response = await fetch('/custom-elements.json');
    if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run build` (or `npm run manifest`) first.');
    const manifest = await response.json() as Manifest;
    const fromManifest = Object.fromEntries(manifest.modules.flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName!, (declaration.attributes ?? []).map((attribute) => attribute.name).sort()]));
    // A landscape's id is the HTML attribute every element has; it names the landscape's groups in the address.
    const ours = Object.fromEntries(CMS_TAGS.map((tag) => [tag, ELEMENT_ATTRIBUTES[tag].filter((name) => !(tag === 'factor-landscape' && name === 'id')).sort()]));
    expect(ours).to.deep.equal(fromManifest);
    expect([...CMS_TAGS].sort(), 'every element of the registry, once').to.deep.equal([...ELEMENT_TAGS].sort());
    expect(CMS_TAGS.slice(0, EMBED_ELEMENTS.length), 'first those the builder offers, in its order').to.deep.equal(EMBED_ELEMENTS);
  });

  it('give each system the whole list', () => {
    const tinymce = tinymceOptions(new URL('https://www.voorbeeldstad.nl:8443/scholingsfactoren/'));
    expect(tinymce.sandbox_iframes_exclusions.at(-1), 'as TinyMCE compares hosts').to.equal('voorbeeldstad.nl');
    for (const tag of CMS_TAGS) {
      expect(tinymce.extended_valid_elements).to.include(`${tag}[${ELEMENT_ATTRIBUTES[tag].join('|')}]`);
      expect(tinymce.custom_elements.split(',')).to.include(tag);
    }
    const {ADD_TAGS, ADD_ATTR} = dompurifyOptions();
    expect(ADD_TAGS).to.include.members([...CMS_TAGS, 'iframe']);
    expect(ADD_ATTR).to.include.members([...ALL_ELEMENT_ATTRIBUTES, 'loading', 'style']);
  });

  it('are in the README as the builder hands them out for unpkg.com, as is its iframe snippet', async () => {
    const readme = await (await fetch('/README.md')).text();
    const unpkg = new URL('https://unpkg.com/scholingsfactoren/dist/cdn/');
    const comments = BUILDER_TEXT.nl.cms.comments;
    const blocks = {
      tinymce: configCode.tinymce(unpkg, comments.options),
      ckeditorEmbed: configCode.ckeditorEmbed(comments.plugins),
      ckeditor: configCode.ckeditor(comments.pluginsAndOptions),
      dompurify: configCode.dompurify(),
      template: templateLines(unpkg),
      elements: CMS_TAGS.map((tag) => `<${tag}> ${ELEMENT_ATTRIBUTES[tag].join(' ')}`).join('\n'),
      iframe: snippet({settings: {...DEFAULT_EMBED_SETTINGS, kind: 'inhiberend', actors: ['werkgever']}, variant: 'iframe', base: unpkg, height: 900,
        citations: new Map()}),
    };
    for (const [name, code] of Object.entries(blocks)) expect(readme, name).to.include(`\n${code}\n\`\`\``);
  });
});
