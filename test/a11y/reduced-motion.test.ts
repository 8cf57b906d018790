// @engines chromium: reduced motion can only be emulated through the DevTools protocol
import {expect} from '@open-wc/testing';
import {emulateMedia} from '../shared/commands.js';
import {html} from 'lit';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {press} from '../shared/commands.js';
import {freshGroup, libraryElements, mount, settle, unmountAll} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';
import {describeElement, startButton, tabUntil} from './helpers.js';

// WCAG 2.3.3 / prefers-reduced-motion: a reader who asks for less motion gets no transitions,
// animations or smooth scrolling in our elements.

const LIMIT_SECONDS = 0.01;
const seconds = (list: string) => list.split(',').map((value) => {
  const v = value.trim();
  return v.endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v) || 0;
});

/** Every transition, animation and smooth scroll in the shadow roots of the library's elements under `root` (and in `root` itself). */
function motionIn(root: HTMLElement): string[] {
  const found: string[] = [];
  const check = (el: Element, which?: '::before' | '::after') => {
    const style = getComputedStyle(el, which);
    if (which && style.content === 'none') return;
    const name = `${describeElement(el)}${which ?? ''}`;
    const transition = Math.max(...seconds(style.transitionDuration).map((d, i) => d + (seconds(style.transitionDelay)[i] ?? 0)));
    if (transition > LIMIT_SECONDS && style.transitionProperty !== 'none') found.push(`${name}: transition ${style.transitionProperty} ${style.transitionDuration}`);
    const animation = Math.max(...seconds(style.animationDuration));
    if (animation > LIMIT_SECONDS && style.animationName !== 'none') found.push(`${name}: animation ${style.animationName} ${style.animationDuration}`);
    if (!which && style.scrollBehavior === 'smooth') found.push(`${name}: scroll-behavior smooth`);
  };
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      check(el);
      check(el, '::before');
      check(el, '::after');
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  // Script-driven motion (Web Animations, running CSS animations) in any shadow root.
  for (const el of libraryElements(root)) {
    for (const animation of el.shadowRoot?.getAnimations() ?? []) found.push(`<${el.localName}>: a running animation ${animation.id || animation.constructor.name}`);
  }
  return found;
}

describe('reduced motion', function () {
  this.timeout(30000);
  afterEach(unmountAll);
  after(() => emulateMedia({reducedMotion: 'no-preference'}));

  const everything = () => {
    const group = freshGroup();
    return html`<actor-filter group=${group} with-kind></actor-filter>
      <factor-table group=${group} kind="inhiberend"></factor-table>
      <source-citation group=${group} source="roa-2018-kwetsbare-positie"></source-citation>
      <source-citation group=${freshGroup()} source="tno-2011" compact></source-citation>
      <source-citation group=${freshGroup()} all></source-citation>
      <barrier-heatmap group=${group}></barrier-heatmap>
      <barrier-heatmap group=${freshGroup()} show-table transposed></barrier-heatmap>
      <factor-landscape><actor-filter></actor-filter></factor-landscape>`;
  };

  it('the check finds motion where there is some (a page transition, the heatmap\'s smooth scrolling)', async () => {
    await emulateMedia({reducedMotion: 'no-preference'});
    const block = await mount(html`<div style="transition: opacity 0.3s">x</div><barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const found = motionIn(block);
    expect(found.some((entry) => entry.includes('transition opacity 0.3s'))).to.equal(true);
    expect(found.some((entry) => entry.includes('<barrier-heatmap>') && entry.includes('scroll-behavior smooth'))).to.equal(true);
  });

  it('with prefers-reduced-motion: reduce, no element moves, also after using them from the keyboard', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const block = await mount(everything());
    expect(motionIn(block)).to.deep.equal([]);

    // Choose a heatmap cell, press a filter button, sort, and open a source dialog: still nothing moves.
    startButton(block).focus();
    await tabUntil((el) => el?.getAttribute('data-value') === 'werkgever', {limit: 10});
    await press('Space');
    await tabUntil((el) => el?.getAttribute('part') === 'sort-button', {limit: 20});
    await press('Enter');
    await tabUntil((el) => el?.getAttribute('part') === 'source-button', {limit: 10});
    await press('Enter');
    const table = block.querySelector('factor-table') as FactorTable;
    await waitFor(() => table.shadowRoot!.querySelector('dialog')?.open, 'the source dialog to open');
    await settle(block);
    expect(motionIn(block)).to.deep.equal([]);
    await expect(block).to.be.accessible();
    await press('Escape');
    await tabUntil((el) => el?.getAttribute('role') === 'gridcell', {limit: 400});
    await press('End');
    await press('Enter');
    await settle(block);
    expect(motionIn(block)).to.deep.equal([]);
  });
});
