// @engines chromium: layout-shift entries (the Layout Instability API) exist only in Chromium
// With the CDN snippet's stylesheet line nothing visible moves while the table upgrades; without it
// (the control) the text after the table moves. See reserve-space.test.ts for the space it holds.
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {upgrade} from './upgrade.js';

const trainerRows = bundledDataset.factors.filter((factor) => factor.actors.includes('trainer')).length;

describe('layout shift while the table upgrades', function () {
  this.timeout(60000);

  it('is 0 with the stylesheet line', async () => {
    const {after, page} = await upgrade('reserve-space.html', trainerRows);
    page.close();
    expect(after.shift).to.equal(0);
  });

  it('is there without it (the control), so the measurement sees shifts', async () => {
    const {after, page} = await upgrade('reserve-space-control.html', trainerRows);
    page.close();
    expect(after.shift).to.be.above(0.01);
  });
});
