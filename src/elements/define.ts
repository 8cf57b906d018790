import {VERSION, VERSION_KEY} from '../version.js';

type Versioned = CustomElementConstructor & {[VERSION_KEY]?: string};

/** Whether an element must wait before it is defined (the CDN build's lazy-define.ts says), and those waiting. */
let isHeld: ((name: string) => boolean) | undefined;
const heldBack = new Map<string, CustomElementConstructor>();

/** The CDN build: `held` says, per tag, whether its definition waits (for the chunk of an element above it). */
export function holdDefinitions(held: (name: string) => boolean): void {
  isHeld = held;
}

/** Defines the elements that waited and no longer have to, together in this task, so they appear in one frame. */
export function releaseDefinitions(): void {
  for (const [name, element] of heldBack) {
    if (isHeld?.(name)) continue;
    heldBack.delete(name);
    defineElement(name, element);
  }
}

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
  if (isHeld?.(name)) {
    heldBack.set(name, element);
    return;
  }
  (element as Versioned)[VERSION_KEY] = VERSION;
  customElements.define(name, element);
}
