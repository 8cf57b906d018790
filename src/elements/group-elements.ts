// The elements that shape a group: the filter, and the landscape that keeps a set of elements apart.
// Editors place them together, and each is small: one module to load, so a build that splits makes them
// one chunk, loaded when either tag is on the page (registry.ts).
import './actor-filter/actor-filter.js';
import './factor-landscape/factor-landscape.js';
