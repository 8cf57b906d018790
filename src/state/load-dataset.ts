import type {ValidationResult} from '../data/index.js';
// Source notes and translations are checked by the card that shows them (see validateFactorsAndSources).
import {validateFactorsAndSources} from '../data/validate.js';

/** Fetches a dataset from a URL and validates it; every failure becomes a Dutch message, never a throw. */
export async function loadDataset(src: string): Promise<ValidationResult> {
  const fail = (message: string): ValidationResult => ({ok: false, errors: [{path: '', message}]});
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return fail(`"${src}" is geen geldig adres voor een dataset.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(`De dataset moet van een http- of https-adres komen, niet van "${url.protocol}".`);
  }
  let response: Response;
  try {
    response = await fetch(url, {credentials: 'same-origin', headers: {accept: 'application/json'}});
  } catch {
    return fail(`De dataset op ${url.href} kon niet worden opgehaald (netwerkfout of geblokkeerd door de server).`);
  }
  if (!response.ok) {
    return fail(`De dataset op ${url.href} kon niet worden opgehaald: de server antwoordde ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return fail(`Het bestand op ${url.href} is geen geldige JSON.`);
  }
  return validateFactorsAndSources(json);
}
