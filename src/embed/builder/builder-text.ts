import type {Actor, Kind} from '../../data/index.js';
import {common} from '../../i18n/common.js';
// The builder is an app of its own, outside the CDN's budgets: it has the English texts at once.
import {english} from '../../i18n/english.js';
import type {EmbedElement, EmbedLanguage} from '../embed-query.js';
import type {SnippetVariant} from './snippets.js';

/** The actors' names inside a sentence ("voor werkgever en trainer"): the elements' own names (i18n/common.ts), in lower case. */
const actorsInSentence = (names: Readonly<Record<Actor, string>>) =>
  Object.fromEntries(Object.entries(names).map(([actor, name]) => [actor, name.toLowerCase()])) as Record<Actor, string>;

/** A list as a sentence: "a, b en c" / "a, b and c". */
const joined = (and: string) => (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** The words of the builder, and of the iframe titles it writes (in the embed's language). */
export const BUILDER_TEXT = {
  nl: {
    documentTitle: 'Insluitcode maken – Scholingsfactoren',
    heading: 'Insluitcode maken',
    intro: 'Kies wat je op je pagina wilt tonen. Het voorbeeld laat meteen zien hoe het eruitziet. Kopieer daarna de code en plak die in een HTML-blok van je CMS.',
    otherLanguage: {code: 'en', label: 'English', hint: 'This page in English'},
    elements: {
      legend: 'Wat wil je tonen?',
      names: {
        'factor-table': 'De tabel met factoren',
        'actor-filter': 'Filterknoppen: voor wie',
        'barrier-heatmap': 'Heatmap van de belemmeringen',
        'source-citation': 'Bronkaarten: de gekozen bronnen, of de hele bronnenlijst',
      } satisfies Record<EmbedElement, string>,
      none: 'Je hebt niets gekozen: de code toont dan de tabel.',
    },
    kind: {legend: 'Welke factoren?', all: 'Beide', kinds: common.nl.kinds},
    actors: {
      legend: 'Voor wie?',
      hint: 'Kies je niemand, dan zie je de factoren voor iedereen.',
      names: common.nl.actors,
    },
    sources: {
      summary: (chosen: number) => (chosen === 0 ? 'Bronnen (alle)' : `Bronnen (${chosen} gekozen)`),
      legend: 'Uit welke bronnen?',
      hint: 'Kies je geen bron, dan tellen alle bronnen mee.',
      factors: (count: number) => (count === 1 ? '1 factor' : `${count} factoren`),
    },
    query: {label: 'Zoektekst', hint: 'Alleen factoren met deze woorden. Mag leeg blijven.'},
    language: {legend: 'Taal van knoppen en koppen', names: {nl: 'Nederlands', en: 'Engels'} satisfies Record<EmbedLanguage, string>,
      hint: 'De factoren zelf blijven Nederlands.'},
    variant: {
      legend: 'Soort code',
      names: {
        'iframe': 'Iframe',
        'iframe-resize': 'Iframe met automatische hoogte',
        'script': 'Scriptregels',
      } satisfies Record<SnippetVariant, string>,
      hints: {
        'iframe': 'Werkt in de meeste CMS\'en. Het kader heeft een vaste hoogte; is de inhoud hoger, dan scrolt die erin. Haalt je CMS het iframe weg, dan blijft er een link naar je keuze over (zie ‘Mijn CMS’).',
        'iframe-resize': 'Het iframe met één scriptregel erbij: het kader wordt precies zo hoog als de inhoud. Haalt je CMS de scriptregel weg, dan werkt het als een gewoon iframe.',
        'script': 'Voor een CMS dat scripts en eigen elementen toestaat. De elementen komen direct in je pagina en nemen de tekstgrootte ervan over. Haalt je CMS ze weg, dan blijft er een link naar je keuze over.',
      } satisfies Record<SnippetVariant, string>,
    },
    snippet: {
      heading: 'Je code',
      label: 'Code om in je CMS te plakken',
      copy: 'Kopieer de code',
      copied: 'Gekopieerd. Plak de code in een HTML-blok van je CMS.',
      selected: 'Kopiëren lukte niet vanzelf. De code is geselecteerd: druk op Ctrl+C (op een Mac: Cmd+C).',
    },
    preview: {heading: 'Zo ziet het eruit', frame: (title: string) => `Voorbeeld: ${title}`},
    cms: {
      heading: 'Mijn CMS',
      intro: 'Een CMS zet een teksteditor of een filter tussen je code en de lezer. Dat haalt soms scripts, eigen elementen of iframes weg. Er blijft dan altijd een link over naar een pagina met precies je keuze, zodat de lezer toch de goede factoren vindt. Kies je CMS voor wat je webbeheerder kan instellen, zodat het wel werkt.',
      wrong: 'Als het misgaat',
      forManager: 'Voor je webbeheerder, in de instellingen:',
      comments: {options: 'de instellingen die je al had, en:', plugins: 'de plugins die je al had, en:',
        pluginsAndOptions: 'de plugins en instellingen die je al had, en:'},
      template: 'En deze regels één keer in het sjabloon van de site (de sjabloonregels): dan werken de elementen en krijgt elk kader de hoogte van zijn inhoud.',
      systems: {
        wordpress: {
          name: 'WordPress',
          what: [
            'Beheerders en redacteuren mogen in een blok ‘Aangepaste HTML’ elke code plakken: het iframe en de scriptregels werken.',
            'Auteurs en medewerkers niet, en niemand op een multisite of op een site met DISALLOW_UNFILTERED_HTML (veel overheidssites): WordPress haalt dan bij het opslaan scripts, eigen elementen en iframes weg. Gebruik daar de WordPress-plugin Scholingsfactoren: het blok en de shortcode werken voor iedereen die berichten schrijft. Hoe je die installeert, staat in de README van het pakket, onder ‘WordPress’.',
          ],
          wrong: 'WordPress zegt niets en publiceert de pagina gewoon. De lezer ziet alleen de link ‘Bekijk de … op een eigen pagina’.',
        },
        tinymce: {
          name: 'TinyMCE',
          what: [
            'Vanaf versie 7 geeft TinyMCE elk iframe van een onbekende site sandbox="". Het kader toont je keuze dan zonder zoekvak en met de hoogte uit de code. Scriptregels en eigen elementen haalt TinyMCE weg; de link blijft.',
          ],
          wrong: 'Zie je in het kader geen zoekvak, dan staat het in een sandbox. Zie je alleen de link, dan heeft TinyMCE de scriptregels weggehaald.',
        },
        ckeditor: {
          name: 'CKEditor 5',
          what: [
            'Met de gangbare plugins haalt CKEditor 5 iframes, scripts en eigen elementen weg; de link blijft. Het makkelijkst is de plugin HtmlEmbed: je plakt de code dan met de knop ‘HTML invoegen’ in een eigen blok, en alles werkt.',
          ],
          alternative: 'Of, zonder HtmlEmbed, een regel voor General HTML Support:',
          wrong: 'Na het plakken staat er alleen nog de link ‘Bekijk de … op een eigen pagina’ in de tekst: CKEditor heeft de rest weggehaald.',
        },
        dompurify: {
          name: 'DOMPurify',
          what: [
            'Standaard haalt DOMPurify iframes, scripts en eigen elementen weg; de link blijft. Scripts laat DOMPurify nooit door: die horen in het sjabloon.',
          ],
          wrong: 'Met alleen ADD_TAGS en zonder ADD_ATTR houdt DOMPurify het attribuut kind wel, maar actor, source en query niet. De tabel toont dan bijvoorbeeld alle belemmerende factoren in plaats van die voor werkgever, en zegt dat erboven: ‘Belemmerend’ en ‘52 van 83 factoren’.',
        },
        other: {
          name: 'Een ander CMS',
          what: [
            'Probeer eerst het iframe. Bekijk de pagina daarna als lezer (uitgelogd, of in een privévenster). Zie je de factoren, dan werkt het.',
          ],
          ask: (host: string) => `Vraag anders je webbeheerder om iframes van ${host} toe te staan, of om de sjabloonregels in het sjabloon te zetten en deze elementen met hun attributen toe te staan:`,
          wrong: 'Zie je alleen de link ‘Bekijk de … op een eigen pagina’, dan heeft je CMS het iframe of de elementen weggehaald. De link brengt de lezer wel naar je keuze.',
        },
      },
    },
    fallback: {everything: 'scholingsfactoren', text: (what: string) => `Bekijk de ${what} op een eigen pagina`},
    frameTitle: {
      prefix: 'Scholingsfactoren',
      elements: {'factor-table': 'tabel', 'actor-filter': 'filterknoppen', 'barrier-heatmap': 'heatmap', 'source-citation': 'bronnen'} satisfies Record<EmbedElement, string>,
      kinds: {stimulerend: 'stimulerende factoren', inhiberend: 'belemmerende factoren'} satisfies Record<Kind, string>,
      factors: 'factoren',
      actors: actorsInSentence(common.nl.actors),
      for: 'voor', from: 'uit', with: 'met', list: joined('en'),
    },
  },
  en: {
    documentTitle: 'Make an embed code – Training factors',
    heading: 'Make an embed code',
    intro: 'Choose what to show on your page. The preview shows at once what it looks like. Then copy the code and paste it into an HTML block of your CMS.',
    otherLanguage: {code: 'nl', label: 'Nederlands', hint: 'Deze pagina in het Nederlands'},
    elements: {
      legend: 'What do you want to show?',
      names: {
        'factor-table': 'The table of factors',
        'actor-filter': 'Filter buttons: for whom',
        'barrier-heatmap': 'Heatmap of the barriers',
        'source-citation': 'Source cards: the chosen sources, or the whole list of sources',
      } satisfies Record<EmbedElement, string>,
      none: 'You chose nothing: the code then shows the table.',
    },
    kind: {legend: 'Which factors?', all: 'Both', kinds: english.common.kinds},
    actors: {
      legend: 'For whom?',
      hint: 'Choose no one to see the factors for everyone.',
      names: english.common.actors,
    },
    sources: {
      summary: (chosen: number) => (chosen === 0 ? 'Sources (all)' : `Sources (${chosen} chosen)`),
      legend: 'From which sources?',
      hint: 'Choose no source to count every source.',
      factors: (count: number) => (count === 1 ? '1 factor' : `${count} factors`),
    },
    query: {label: 'Search text', hint: 'Only factors with these words (in Dutch). May stay empty.'},
    language: {legend: 'Language of buttons and headings', names: {nl: 'Dutch', en: 'English'} satisfies Record<EmbedLanguage, string>,
      hint: 'The factors themselves stay Dutch.'},
    variant: {
      legend: 'Kind of code',
      names: {
        'iframe': 'Iframe',
        'iframe-resize': 'Iframe with automatic height',
        'script': 'Script lines',
      } satisfies Record<SnippetVariant, string>,
      hints: {
        'iframe': 'Works in most CMSes. The frame has a fixed height; taller content scrolls inside it. If your CMS removes the iframe, a link to your choice remains (see ‘My CMS’).',
        'iframe-resize': 'The iframe with one script line: the frame becomes exactly as tall as its content. If your CMS removes the script line, it works as a plain iframe.',
        'script': 'For a CMS that allows scripts and custom elements. The elements go straight into your page and take its text size. If your CMS removes them, a link to your choice remains.',
      } satisfies Record<SnippetVariant, string>,
    },
    snippet: {
      heading: 'Your code',
      label: 'Code to paste into your CMS',
      copy: 'Copy the code',
      copied: 'Copied. Paste the code into an HTML block of your CMS.',
      selected: 'Copying did not work by itself. The code is selected: press Ctrl+C (on a Mac: Cmd+C).',
    },
    preview: {heading: 'What it looks like', frame: (title: string) => `Preview: ${title}`},
    cms: {
      heading: 'My CMS',
      intro: 'A CMS puts a text editor or a filter between your code and the reader. It sometimes removes scripts, custom elements or iframes. A link always remains, to a page with exactly your choice, so the reader still finds the right factors. Choose your CMS for what your web manager can set up to make it work.',
      wrong: 'If it goes wrong',
      forManager: 'For your web manager, in the settings:',
      comments: {options: 'the options you already had, and:', plugins: 'the plugins you already had, and:',
        pluginsAndOptions: 'the plugins and options you already had, and:'},
      template: 'And these lines once in the site template (the template lines): then the elements work and every frame gets the height of its content.',
      systems: {
        wordpress: {
          name: 'WordPress',
          what: [
            'Administrators and editors may paste any code into a ‘Custom HTML’ block: the iframe and the script lines work.',
            'Authors and contributors may not, nor anyone on a multisite or on a site with DISALLOW_UNFILTERED_HTML (many government sites): WordPress then removes scripts, custom elements and iframes on saving. Use the WordPress plugin Scholingsfactoren there: its block and shortcode work for everyone who writes posts. How to install it is in the package README, under ‘WordPress’.',
          ],
          wrong: 'WordPress says nothing and publishes the page. The reader sees only the link ‘View the … on a page of their own’.',
        },
        tinymce: {
          name: 'TinyMCE',
          what: [
            'From version 7 on, TinyMCE gives every iframe of an unknown site sandbox="". The frame then shows your choice without a search box and with the height from the code. TinyMCE removes script lines and custom elements; the link remains.',
          ],
          wrong: 'If the frame has no search box, it is sandboxed. If you see only the link, TinyMCE removed the script lines.',
        },
        ckeditor: {
          name: 'CKEditor 5',
          what: [
            'With the usual plugins CKEditor 5 removes iframes, scripts and custom elements; the link remains. The easiest fix is the HtmlEmbed plugin: you paste the code with the ‘Insert HTML’ button into a block of its own, and everything works.',
          ],
          alternative: 'Or, without HtmlEmbed, a rule for General HTML Support:',
          wrong: 'After pasting, only the link ‘View the … on a page of their own’ is left in the text: CKEditor removed the rest.',
        },
        dompurify: {
          name: 'DOMPurify',
          what: [
            'By default DOMPurify removes iframes, scripts and custom elements; the link remains. DOMPurify never lets scripts through: they belong in the template.',
          ],
          wrong: 'With ADD_TAGS alone and no ADD_ATTR, DOMPurify keeps the attribute kind but drops actor, source and query. The table then shows, say, all inhibiting factors instead of those for employers, and says so above them: ‘Inhibiting’ and ‘52 of 83 factors’.',
        },
        other: {
          name: 'Another CMS',
          what: [
            'Try the iframe first. Then view the page as a reader (logged out, or in a private window). If you see the factors, it works.',
          ],
          ask: (host: string) => `Otherwise ask your web manager to allow iframes from ${host}, or to put the template lines in the site template and allow these elements with their attributes:`,
          wrong: 'If you see only the link ‘View the … on a page of their own’, your CMS removed the iframe or the elements. The link still takes the reader to your choice.',
        },
      },
    },
    fallback: {everything: 'training factors', text: (what: string) => `View the ${what} on a page of their own`},
    frameTitle: {
      prefix: 'Training factors',
      elements: {'factor-table': 'table', 'actor-filter': 'filter buttons', 'barrier-heatmap': 'heatmap', 'source-citation': 'sources'} satisfies Record<EmbedElement, string>,
      kinds: {stimulerend: 'stimulating factors', inhiberend: 'inhibiting factors'} satisfies Record<Kind, string>,
      factors: 'factors',
      actors: actorsInSentence(english.common.actors),
      for: 'for', from: 'from', with: 'with', list: joined('and'),
    },
  },
};

export type BuilderText = (typeof BUILDER_TEXT)['nl'];
