import {loadCompleteBundledDataset, type Dataset} from '../data/index.js';

/** Marks the CDN build's bundled dataset while its publications are only ids and labels (scripts/rollup-study-texts.js). */
const STUDY_TEXTS_APART = Symbol.for('scholingsfactoren.studyTextsApart');

/** Whether a dataset's publications still lack their titles, authors, summaries and findings. */
export const lacksStudyTexts = (dataset: Dataset): boolean => STUDY_TEXTS_APART in dataset;

let complete: Promise<Dataset> | undefined;
let loaded: Dataset | undefined;

/** The bundled dataset as far as this page has it. */
export const bundledSoFar = (fallback: Dataset): Dataset => loaded ?? fallback;

/** Loads the bundled dataset's study texts once per page; resolves to the complete dataset. */
export function completeBundledDataset(): Promise<Dataset> {
  return (complete ??= loadCompleteBundledDataset().then((dataset) => (loaded = dataset)));
}
