// The CDN snippet's optional stylesheet line (dist/cdn/scholingsfactoren.css): until the script has run,
// a table with the whole dataset takes one screen, so the text after it starts out of view and nothing
// visible moves when the rows arrive (the shift itself is measured in layout-shift.test.ts).
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {expectAccessible} from './page.js';
import {upgrade} from './upgrade.js';

const trainerRows = bundledDataset.factors.filter((factor) => factor.actors.includes('trainer')).length;

describe('the stylesheet line', function () {
  this.timeout(60000);

  it('holds a screen free for a whole table until the script has run, and nothing for a filtered one', async () => {
    const {before, after, page} = await upgrade('reserve-space.html', trainerRows);
    try {
      expect(before.below, `before the script, the text after the table starts out of view (at ${before.below} px of ${before.screen})`)
        .to.be.at.least(before.screen);
      expect(before.filteredReserve, 'a table filtered to a few rows reserves nothing: it may end up shorter than a screen').to.equal('0px');
      expect(after.below, 'the 83 rows are taller than the screen that was reserved').to.be.above(before.below);
      expect(after.tableReserve, 'once defined, the rule no longer applies').to.equal('0px');
      await expectAccessible(page);
    } finally {
      page.close();
    }
  });

  it('without it (the control), the text after the table is in view before the script runs', async () => {
    const {before, page} = await upgrade('reserve-space-control.html', trainerRows);
    page.close();
    expect(before.below).to.be.below(before.screen);
  });
});
