// The screen-reader user's walk through the CMS page (cms-page.html): Orca's own keys in browse mode
// (t: next table, Alt+Shift+arrows: table cells, b: next button, Return: press) and the page's keys in
// focus mode (Tab, arrows in the heatmap's grid, typing in the search box).
// A step presses its keys one by one, each once Orca has answered the one before; then it waits for the
// last words Orca says in that step (`until`, at most 8 s: on a busy machine Orca speaks in bits, seconds
// late) and for `quiet` ms of silence (600 by default). A step whose words do not come fails its check.
export const WALK = [
  {what: 'from the title, the next table: its name and size', keys: ['t'], until: /push button/},
  {what: 'the header of the second column', keys: ['alt+shift+Right'], until: /^Row 1, column 2/},
  // The table says its sort 600 ms after the change; Chromium also has Orca say "Rows reordered".
  {what: 'press it: sort by factor', keys: ['Return'], until: /^Gesorteerd op/, quiet: 1000},
  {what: 'down into the first row', keys: ['alt+shift+Down'], until: /^Row 2, column 2/},
  {what: 'right, to the "how" cell', keys: ['alt+shift+Right'], until: /^Row 2, column 3/},
  {what: 'right, to the "who" cell: its column header, then the cell', keys: ['alt+shift+Right'], until: /^Row 2, column 4/},
  {what: 'down, to the next row: its row header, then the cell', keys: ['alt+shift+Down'], until: /^Row 3, column 4/},
  {what: 'to the top, then the second button: the filter\'s "Werkgever"', keys: ['Control+Home', 'b', 'b'], until: /^Werkgever, \d+ factoren/},
  {what: 'press it: filter on employers', keys: ['Return'], until: /van \d+ factoren/},
  {what: 'Tab on to the search box', keys: ['Tab', 'Tab', 'Tab', 'Tab', 'Tab'], until: /^Zoek in de factoren/},
  {what: 'search: type "tijd"', keys: ['type:tijd'], until: /van \d+ factoren/},
  {what: 'back to the skip link, and press it', keys: ['shift+Tab', 'Return'], until: /^Einde van de tabel/},
  // In the heatmap a longer silence: an announcement that comes late (or on leaving) must land in these steps.
  {what: 'Tab past the heatmap\'s button into its grid: the first cell', keys: ['Tab', 'Tab'], until: /^Enter toont/, quiet: 1500},
  {what: 'the next cell to the right', keys: ['Right'], until: /column \d+/, quiet: 1500},
  {what: 'the cell below', keys: ['Down'], until: /row \d+/, quiet: 1500},
  {what: 'Tab out of the grid, to the card\'s first button', keys: ['Tab'], until: /^Kopieer bronvermelding/, quiet: 1500},
  {what: 'Tab on to "Toon de factoren uit deze bron"', keys: ['Tab', 'Tab', 'Tab'], until: /^Toon de \d+ factoren/},
  // The card's "Filter ingesteld …" and the table's count come at the same moment, in either order.
  {what: 'press it: the table shows the card\'s factors', keys: ['Return'], until: /van \d+ factoren/, quiet: 1500},
];
