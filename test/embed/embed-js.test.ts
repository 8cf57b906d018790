// embed.js on the page around the iframes: it sizes the frames of embed.html, from their own messages only.
import {expect} from '@open-wc/testing';
import {CDN, closeFrames, openFrame, requireBuild, whenLive} from './helpers.js';
import {waitFor} from '../shared/wait.js';

const HEIGHT = 'scholingsfactoren:height';
const FIXTURES = '/test/embed/fixtures/';

/** Opens a fixture that posts `messages` to this page, and resolves when they have all arrived. */
async function framePosting(page: string, messages: unknown[]): Promise<HTMLIFrameElement> {
  // The frame exists before its page runs, so the listener knows its window from the first message on.
  const frame = await openFrame(`${FIXTURES}${page}#${encodeURIComponent(JSON.stringify(messages))}`, {height: 150, waitForLoad: false});
  await new Promise<void>((resolve) => {
    const listener = (event: MessageEvent) => {
      if ((event.data as {type?: string})?.type !== 'fixture-done' || event.source !== frame.contentWindow) return;
      window.removeEventListener('message', listener);
      resolve();
    };
    window.addEventListener('message', listener);
  });
  return frame;
}

let loading: Promise<unknown> | undefined;
/** Adds embed.js to this page, once, as a site template would: `<script src="…/embed.js" async>`. */
function loadEmbedJs(): Promise<unknown> {
  return (loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${CDN}embed.js`;
    script.async = true;
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    document.head.append(script);
  }));
}

describe('embed.js', function () {
  this.timeout(20000);
  before(requireBuild);
  afterEach(closeFrames);

  it('sizes a frame that loaded before it: it asks the frame for its height', async () => {
    const frame = await openFrame(`${CDN}embed.html?source=tno-2011`, {height: 150});
    await whenLive(frame);
    const content = () => frame.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(content()).to.be.above(300);
    expect(frame.clientHeight).to.equal(150);
    await loadEmbedJs();
    await waitFor(() => Math.abs(frame.clientHeight - content()) <= 1, 'the frame to take the height of its content');
  });

  it('takes the height a frame reports, rounded up and kept within a sane range', async () => {
    await loadEmbedJs();
    const frames = await Promise.all([[321.2, 322], [5, 40], [1e9, 100000]].map(async ([reported, expected]) => {
      const frame = await framePosting('fake/embed.html', [{type: HEIGHT, height: reported}]);
      return [frame, expected] as const;
    }));
    for (const [frame, expected] of frames) await waitFor(() => frame.clientHeight === expected, `a frame of ${expected} px`);
  });

  it('gives a frame the height inside its border, also where a theme sizes boxes with their border', async () => {
    const frame = await framePosting('fake/embed.html', []);
    frame.style.boxSizing = 'border-box';
    frame.style.border = '5px solid';
    frame.contentWindow!.location.hash = encodeURIComponent(JSON.stringify([{type: HEIGHT, height: 300}]));
    frame.contentWindow!.location.reload();
    await waitFor(() => frame.clientHeight === 300, 'the inside of the frame to be 300 px');
    expect(frame.getBoundingClientRect().height).to.equal(310);
  });

  it('ignores malformed messages', async () => {
    await loadEmbedJs();
    const frame = await framePosting('fake/embed.html', [
      {type: HEIGHT, height: 222},
      null, 'text', 42, [HEIGHT, 300], {type: 'other', height: 300}, {type: HEIGHT, height: '300'},
      {type: HEIGHT}, {height: 300}, {type: HEIGHT, height: null},
    ]);
    expect(frame.clientHeight).to.equal(222);
  });

  it('ignores frames of other pages, and messages from anything but the frame itself', async () => {
    await loadEmbedJs();
    const other = await framePosting('not-an-embed.html', [{type: HEIGHT, height: 333}]);
    expect(other.clientHeight).to.equal(150);
    const frame = await framePosting('fake/embed.html', [{type: HEIGHT, height: 250}]);
    // Posted by this page to itself: the source is this window, not the frame's.
    window.postMessage({type: HEIGHT, height: 500}, '*');
    const again = await framePosting('fake/embed.html', []);
    expect(frame.clientHeight).to.equal(250);
    expect(again.clientHeight).to.equal(150);
  });
});
