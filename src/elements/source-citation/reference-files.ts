import {bibtexReferences, risReferences, type Source} from '../../data/index.js';
import {downloadText, safeFileName} from '../download.js';

/** The reference managers' two formats: RIS (EndNote, Zotero, Mendeley) and BibTeX (LaTeX, JabRef). */
export type ReferenceFormat = 'ris' | 'bib';

/**
 * Offers references as a file for a reference manager, named after `name` (a source id, or "bronnenlijst").
 * The file of one publication is the list of one: risReferences([source]) is risReference(source).
 */
export function downloadReferences(root: ShadowRoot, sources: readonly Source[], name: string, format: ReferenceFormat): void {
  const ris = format === 'ris';
  downloadText(root, (ris ? risReferences : bibtexReferences)(sources), `${safeFileName(name)}.${format}`,
    ris ? 'application/x-research-info-systems;charset=utf-8' : 'application/x-bibtex;charset=utf-8');
}
