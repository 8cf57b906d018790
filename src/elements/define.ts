import {VERSION, VERSION_KEY} from '../version.js';

type Versioned = CustomElementConstructor & {[VERSION_KEY]?: string};

/**
 * Registers an element once. Two CMS blocks that each load the library, or the npm build next to the
 * CDN file, must not throw: the second registration is skipped, with a warning if the versions differ.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  const existing = customElements.get(name) as Versioned | undefined;
  if (existing) {
    if (existing !== element && existing[VERSION_KEY] !== VERSION) {
      console.warn(`scholingsfactoren: <${name}> is al geregistreerd door versie ${existing[VERSION_KEY] ?? 'onbekend'}; versie ${VERSION} wordt niet opnieuw geregistreerd.`);
    }
    return;
  }
  (element as Versioned)[VERSION_KEY] = VERSION;
  customElements.define(name, element);
}
