/**
 * Each toolbar theme of Storybook is a published theme package's own CSS (stories/preview.css imports
 * it from node_modules). With it on the page, our elements must take the theme's values inside their
 * shadow roots (font, text colour, link colour, focus outline, table lines), and stay readable and
 * axe-clean. The expected value is read from the theme's token itself, never written down here.
 */
import {expect} from '@open-wc/testing';
import {html, render, type TemplateResult} from 'lit';
import '../../src/index.js';
import {withOwnGroups, withTheme} from '../../.storybook/decorators.js';
import {THEMES, type Theme, type ThemeName} from '../../.storybook/themes.js';
import {settle} from '../shared/elements.js';
import {press} from '../shared/commands.js';
import {addStylesheet} from '../a11y/storybook.js';

document.documentElement.lang = 'nl';
await addStylesheet('/stories/preview.css');

type Aspect = 'font' | 'color' | 'accent' | 'focus' | 'line';
/** The CSS property each aspect is, on the probe and on the element inside the shadow root. */
const PROPERTY: Record<Aspect, string> = {
  font: 'font-family', color: 'color', accent: 'color', focus: 'outline-color', line: 'border-block-end-color',
};

interface ElementCase {
  readonly tag: string;
  readonly template: TemplateResult;
  /** A part (a stable, public name) inside the shadow root that shows each aspect; absent where the element has none. */
  readonly parts: Partial<Record<Aspect, string>>;
}

const ELEMENTS: ElementCase[] = [
  {
    tag: 'factor-table', template: html`<factor-table kind="stimulerend" actor="trainer" no-export></factor-table>`,
    parts: {font: 'cell', color: 'cell', accent: 'source-button', focus: 'source-button', line: 'cell'},
  },
  {
    tag: 'actor-filter', template: html`<actor-filter with-kind></actor-filter>`,
    parts: {font: 'legend', color: 'legend', accent: 'option', focus: 'option'},
  },
  {
    tag: 'source-citation', template: html`<source-citation source="tno-2011"></source-citation>`,
    parts: {font: 'summary', color: 'summary', accent: 'copy', focus: 'copy', line: 'card'},
  },
  {
    tag: 'barrier-heatmap', template: html`<barrier-heatmap></barrier-heatmap>`,
    parts: {font: 'summary', color: 'summary', accent: 'toggle', focus: 'toggle', line: 'details'},
  },
];

/** The first element in `el`'s shadow root with the part `name` (and not pressed, for a toggle button). */
function part(el: Element, name: string): HTMLElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)].find((candidate) => candidate.getAttribute('aria-pressed') !== 'true');
  if (!found) throw new Error(`<${el.localName}> shows no ::part(${name})`);
  return found;
}

/** A token's value as the browser resolves it for `property`, in the theme's wrapper: what the element should show. */
function tokenValue(wrapper: HTMLElement, token: string, property: string): string {
  const declared = getComputedStyle(wrapper).getPropertyValue(token).trim();
  expect(declared, `the theme sets ${token}`).not.to.equal('');
  const probe = document.createElement('span');
  probe.style.setProperty(property, `var(${token})`);
  if (property.startsWith('border')) probe.style.borderStyle = 'solid';
  wrapper.append(probe);
  try {
    return getComputedStyle(probe).getPropertyValue(property);
  } finally {
    probe.remove();
  }
}

/** What the element shows for an aspect: the computed style of its part, focused by keyboard for the outline. */
async function shown(el: Element, aspect: Aspect): Promise<string> {
  const target = part(el, ELEMENTS.find((c) => c.tag === el.localName)!.parts[aspect]!);
  if (aspect === 'focus') {
    // A real key press first: after it, the browser shows the outline for any focus, as for a keyboard user.
    // (After a mouse click elsewhere in the browser, a scripted focus alone shows none.)
    await press('Tab');
    target.focus();
    expect(target.matches(':focus-visible'),
      `::part(${target.getAttribute('part')}) shows its focus outline (focused: ${target.matches(':focus')}, page has focus: ${document.hasFocus()})`).to.be.true;
  }
  const value = getComputedStyle(target).getPropertyValue(PROPERTY[aspect]);
  if (aspect === 'focus') target.blur();
  return value;
}

describe('the NL Design System theme packages style our elements (stories/preview.css, .storybook/themes.ts)', function () {
  this.timeout(30000);
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    // A desktop content column: the table draws its lines between rows (narrower, its rows become cards).
    root.style.inlineSize = '70em';
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('lists the published themes and a dark one', () => {
    const sources = Object.values(THEMES as Record<string, Theme>).map((theme) => theme.source ?? '');
    for (const name of ['@utrecht/design-tokens', '@rijkshuisstijl-community/design-tokens', '@gemeente-denhaag/design-tokens-components', '@amsterdam/design-system-tokens']) {
      expect(sources.some((source) => source.startsWith(name)), name).to.be.true;
    }
    expect(sources.some((source) => source.includes('dark'))).to.be.true;
  });

  for (const [themeName, theme] of Object.entries(THEMES) as [ThemeName, Theme][]) {
    describe(`thema ${themeName}${theme.source ? ` (${theme.source})` : ''}`, () => {
      for (const element of ELEMENTS) {
        it(`<${element.tag}>: the theme's values inside the shadow root, and axe-clean`, async () => {
          render(withTheme(() => withOwnGroups(() => element.template), {globals: {thema: themeName}}), root);
          await settle(root);
          const wrapper = root.querySelector<HTMLElement>('.sf-thema')!;
          expect(wrapper.dataset.thema).to.equal(themeName);
          const el = root.querySelector(element.tag)!;
          for (const [aspect, partName] of Object.entries(element.parts) as [Aspect, string][]) {
            const token = theme.tokens?.[aspect];
            if (!token) continue;
            expect(await shown(el, aspect), `${aspect}: ::part(${partName}) has ${token}`).to.equal(tokenValue(wrapper, token, PROPERTY[aspect]));
          }
          await expect(root).to.be.accessible();
        });
      }
    });
  }
});
