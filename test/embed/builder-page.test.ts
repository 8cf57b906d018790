// builder.html as served beside the CDN files: under a strict CSP, in both languages, on a phone.
import {expect} from '@open-wc/testing';
import {CDN, closeFrames, freshToken, openFrame, requireBuild, violationsFor, whenLive} from './helpers.js';
import {waitFor} from '../shared/wait.js';

async function openBuilder(path: string, width = 1200): Promise<{frame: HTMLIFrameElement; doc: Document; code: HTMLTextAreaElement}> {
  const frame = await openFrame(path, {width, height: 800});
  const code = await waitFor(() => frame.contentDocument?.querySelector<HTMLTextAreaElement>('#sf-builder-code'), 'the builder');
  return {frame, doc: frame.contentDocument!, code};
}

/** Elements that stick out of the page sideways (the page's own scroll width says whether it scrolls). */
function sticksOut(doc: Document): string[] {
  const width = doc.documentElement.clientWidth;
  return [...doc.body.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > width + 1)
    .map((element) => `<${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${element.className}` : ''}>`);
}

describe('builder.html', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeFrames);

  it('works under a strict CSP and hands out snippets for the place it is served from', async () => {
    const token = freshToken();
    const {doc, code} = await openBuilder(`/__strict/${token}${CDN}builder.html`);
    expect(doc.documentElement.lang).to.equal('nl');
    expect(doc.querySelector('h1')!.textContent).to.equal('Insluitcode maken');
    expect(code.value).to.include(`<iframe src="${location.origin}/__strict/${token}${CDN}embed/alle/alle.html"`);
    doc.querySelector<HTMLInputElement>('#sf-builder-variant-script')!.click();
    expect(code.value).to.include(`<script type="module" src="${location.origin}/__strict/${token}${CDN}scholingsfactoren.js"></script>`);
    await whenLive(doc.querySelector<HTMLIFrameElement>('iframe.preview')!);
    expect(await violationsFor(token)).to.deep.equal([]);
  });

  it('speaks English with ?lang=en, and keeps the language it is switched to in its address', async () => {
    const {frame, doc} = await openBuilder(`${CDN}builder.html?lang=en`);
    expect([doc.documentElement.lang, doc.title, doc.querySelector('h1')!.textContent])
      .to.deep.equal(['en', 'Make an embed code – Training factors', 'Make an embed code']);
    doc.querySelector<HTMLButtonElement>('button.language')!.click();
    expect([doc.documentElement.lang, doc.title]).to.deep.equal(['nl', 'Insluitcode maken – Scholingsfactoren']);
    expect(frame.contentWindow!.location.search).to.equal('');
  });

  for (const language of ['nl', 'en']) {
    it(`fits 320 CSS px without sideways scrolling (${language})`, async () => {
      const {frame, doc} = await openBuilder(`${CDN}builder.html?lang=${language}`, 320);
      // A 320 px window; a browser with classic scrollbars leaves the page a little less.
      expect(frame.clientWidth).to.equal(320);
      doc.querySelector('details')!.open = true;
      // "Mijn CMS", with the web manager's code, wraps too.
      for (const button of doc.querySelectorAll<HTMLButtonElement>('section.cms h3 > button')) button.click();
      for (const id of ['sf-builder-show-actor-filter', 'sf-builder-show-source-citation', 'sf-builder-variant-script']) {
        doc.querySelector<HTMLInputElement>(`#${id}`)!.click();
      }
      await whenLive(doc.querySelector<HTMLIFrameElement>('iframe.preview')!);
      expect(sticksOut(doc)).to.deep.equal([]);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    });
  }
});
