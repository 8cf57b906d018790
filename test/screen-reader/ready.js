// The CMS page's last script: once every element of the library has rendered, the window's title says
// "klaar", which the screen reader's walk (session.js) waits for with xdotool.
const tags = ['actor-filter', 'factor-table', 'barrier-heatmap', 'source-citation'];
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
document.title += ' (klaar)';
