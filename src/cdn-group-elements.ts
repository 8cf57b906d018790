// The CDN build's chunk of the elements that shape a group: the filter, and the landscape that keeps a
// set of elements apart. Editors place them together, and each is small: one chunk, loaded when either
// tag is on the page (src/cdn.ts).
import './elements/actor-filter/actor-filter.js';
import './elements/factor-landscape/factor-landscape.js';
