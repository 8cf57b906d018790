// The strict-CSP pages of the test server (test/server/strict-csp.js) must mean something: a page under
// `/__strict/<token>/` gets the policy, and what breaks it is reported to that token and no other.
import {expect} from '@open-wc/testing';
import {closeFrames, cspReports, freshToken, openFrame} from './helpers.js';
import {waitFor} from '../shared/wait.js';

const FIXTURES = 'test/embed/fixtures/';
const reportsOf = async (token: string, page: string) => (await cspReports(token)).filter((report) => String(report['document-uri']).includes(page));

describe('strict CSP pages of the test server', function () {
  this.timeout(20000);
  afterEach(closeFrames);

  it('serves the file as it is on disk, with the policy and the token\'s report address', async () => {
    const token = freshToken();
    const [plain, strict] = await Promise.all([fetch(`/${FIXTURES}cms-page.html`), fetch(`/__strict/${token}/${FIXTURES}cms-page.html`)]);
    expect(plain.headers.get('content-security-policy')).to.equal(null);
    expect(strict.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'; " +
      `require-trusted-types-for 'script'; trusted-types lit-html; report-uri /__csp-report/${token}`);
    const [plainText, strictText] = await Promise.all([plain.text(), strict.text()]);
    expect(strictText).to.include('<iframe id="embed"');
    expect(strictText).not.to.include('web-dev-server', 'the dev server\'s own script is not added to the page');
    expect(plainText.replace(/<!-- injected by web-dev-server -->[\s\S]*?<\/script>/, '').trim()).to.equal(strictText.trim());
  });

  it('reports an inline style to the page\'s token, and to no other', async () => {
    const [token, other] = [freshToken(), freshToken()];
    const frame = await openFrame(`/__strict/${token}/${FIXTURES}csp-canary.html`);
    const reports = await waitFor(async () => {
      const all = await cspReports(token);
      return all.length > 0 && all;
    }, 'a report of the inline style');
    const [report] = reports;
    expect(String(report!['document-uri'])).to.include(`/__strict/${token}/${FIXTURES}csp-canary.html`);
    expect(String(report!['violated-directive'] ?? report!['effective-directive'])).to.match(/^style-src/);
    expect(getComputedStyle(frame.contentDocument!.querySelector('p')!).outlineStyle, 'the style was blocked').not.to.equal('dotted');
    expect(await cspReports(other)).to.deep.equal([]);
  });

  it('reports a string written into innerHTML (Trusted Types)', async () => {
    const token = freshToken();
    const frame = await openFrame(`/__strict/${token}/${FIXTURES}tt-violation.html`);
    await waitFor(async () => (await reportsOf(token, 'tt-violation.html')).length > 0, 'a Trusted Types report');
    expect(frame.contentDocument!.querySelector('b'), 'the markup was refused').to.equal(null);
  });
});
