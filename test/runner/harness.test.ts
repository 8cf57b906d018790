/**
 * The harness itself, in each engine: what every other test relies on from outside the page. It runs
 * first (scripts/run-browser-tests.js), so an engine that a browser update broke fails here, with one
 * message, before the suite starts.
 */
import {expect} from '@open-wc/testing';
import {emulateMedia, press, setViewport} from '../shared/commands.js';
import {waitFor} from '../shared/wait.js';

const engine = /Firefox\//.test(navigator.userAgent) ? 'firefox'
  : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

describe(`the test harness in ${engine}`, () => {
  let block: HTMLElement;
  beforeEach(() => {
    block = document.createElement('main');
    document.body.append(block);
  });
  afterEach(() => block.remove());

  it('sizes the viewport, to a phone and back', async () => {
    await setViewport({width: 390, height: 700});
    await waitFor(() => innerWidth === 390, `a viewport 390 px wide (is ${innerWidth})`);
    expect(matchMedia('(max-width: 400px)').matches).to.equal(true);
    await setViewport({width: 800, height: 600});
    await waitFor(() => innerWidth === 800, `a viewport 800 px wide again (is ${innerWidth})`);
  });

  it('presses keys as a person does: Tab moves a visible focus, typing fills a field', async () => {
    const first = document.createElement('button');
    first.textContent = 'eerste';
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'veld');
    block.append(first, field);
    first.focus();
    await press('Tab');
    await waitFor(() => document.activeElement === field, 'Tab to move the focus to the field');
    expect(field.matches(':focus-visible')).to.equal(true);
    await press('Shift+Tab');
    await waitFor(() => document.activeElement === first, 'Shift+Tab to move the focus back');
    await press('Tab');
    await waitFor(() => document.activeElement === field, 'Tab to reach the field again');
    await press('a');
    await waitFor(() => field.value === 'a', 'a typed character in the field');
  });

  if (engine === 'chromium') {
    it('emulates print, reduced motion and forced colours', async () => {
      await emulateMedia({media: 'print', reducedMotion: 'reduce', forcedColors: 'active'});
      expect(matchMedia('print').matches, 'print').to.equal(true);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion').to.equal(true);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.equal(true);
      await emulateMedia({media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none'});
      expect(matchMedia('print').matches).to.equal(false);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    });
  } else {
    it('refuses media emulation with a message that says which files must run in Chromium only', async () => {
      let message = '';
      try {
        await emulateMedia({media: 'print'});
      } catch (error) {
        message = String(error);
      }
      expect(message).to.include(`media emulation is not possible in ${engine}`);
      expect(matchMedia('print').matches).to.equal(false);
    });
  }
});
