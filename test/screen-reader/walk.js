// The screen-reader user's walk through the CMS page (cms-page.html): Orca's own keys in browse mode
// (t: next table, Alt+Shift+arrows: table cells, b: next button, Return: press) and the page's keys in
// focus mode (Tab, arrows in the heatmap's grid, typing in the search box). A step is done when
// nothing has been said for `quiet` ms (700 by default); one that changes the table first waits for the words
// of `until`, which the table says 600 ms after the change.
export const WALK = [
  {what: 'from the title, the next table: its name and size', keys: ['t']},
  {what: 'the header of the second column', keys: ['alt+shift+Right']},
  {what: 'press it: sort by factor', keys: ['Return'], until: /^Gesorteerd op/},
  {what: 'down into the first row', keys: ['alt+shift+Down']},
  {what: 'right, to the "how" cell', keys: ['alt+shift+Right']},
  {what: 'right, to the "who" cell: its column header, then the cell', keys: ['alt+shift+Right']},
  {what: 'down, to the next row: its row header, then the cell', keys: ['alt+shift+Down']},
  {what: 'to the top, then the second button: the filter\'s "Werkgever"', keys: ['Control+Home', 'b', 'b']},
  {what: 'press it: filter on employers', keys: ['Return'], until: /van 83 factoren/},
  {what: 'Tab on to the search box', keys: ['Tab', 'Tab', 'Tab', 'Tab', 'Tab']},
  {what: 'search: type "tijd"', keys: ['type:tijd'], until: /van 83 factoren/},
  {what: 'back to the skip link, and press it', keys: ['shift+Tab', 'Return']},
  {what: 'Tab past the heatmap\'s button into its grid: the first cell', keys: ['Tab', 'Tab'], quiet: 1000},
  {what: 'the next cell to the right', keys: ['Right'], quiet: 1000},
  {what: 'the cell below', keys: ['Down'], quiet: 1000},
  {what: 'Tab out of the grid, to the card\'s first button', keys: ['Tab'], quiet: 1000},
  {what: 'Tab on to "Toon de factoren uit deze bron"', keys: ['Tab', 'Tab', 'Tab']},
  {what: 'press it: the table shows the card\'s factors', keys: ['Return'], until: /van 83 factoren/},
];
