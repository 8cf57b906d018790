import type {DatasetStatus} from './group-state.js';
import {bundledDataset} from '../data/index.js';
import {LandscapeHub} from './landscape-hub.js';
import {bundledSoFar} from './study-texts.js';

// Shared by every copy of the library on the page, so a second copy joins the first one's groups
// instead of answering half of the elements itself.
const HUB_KEY = Symbol.for('scholingsfactoren.page-hub');
type HubHolder = {[HUB_KEY]?: LandscapeHub};

/** The bundled dataset, as the state every group starts with. */
export const bundledStatus = (): DatasetStatus => ({status: 'ready', dataset: bundledSoFar(bundledDataset)});

/**
 * The page-wide provider, on `<html>`: elements in different CMS blocks, with no common parent,
 * all reach it. Created before the first element asks, whatever the order of scripts.
 */
export function ensurePageHub(): LandscapeHub {
  const holder = document.documentElement as HTMLElement & HubHolder;
  return (holder[HUB_KEY] ??= new LandscapeHub(document.documentElement, bundledStatus));
}
