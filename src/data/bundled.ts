import type {Dataset} from './types.js';
import {withTexts} from './bundled-texts.js';
import {bundledWithoutTexts} from './bundled-without-texts.js';

/**
 * The dataset of the source document, as shipped with the package: the same two parts the elements
 * load (src/data/bundled/), so an app that shows the elements and uses this ships the data once.
 * An app that does not show the publications' texts imports `bundledWithoutTexts` instead.
 */
export const bundledDataset: Dataset = /* @__PURE__ */ withTexts(bundledWithoutTexts);
