import {SourceCitation} from './source-citation.component.js';
import {defineElement} from '../define.js';

export {SourceCitation};
defineElement('source-citation', SourceCitation);

declare global {
  interface HTMLElementTagNameMap {
    'source-citation': SourceCitation;
  }
}
