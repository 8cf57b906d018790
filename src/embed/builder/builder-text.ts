import type {Actor, Kind} from '../../data/index.js';
import type {EmbedElement, EmbedLanguage} from '../embed-query.js';
import type {SnippetVariant} from './snippets.js';

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
    kind: {legend: 'Welke factoren?', all: 'Beide', kinds: {stimulerend: 'Stimulerend', inhiberend: 'Belemmerend'} satisfies Record<Kind, string>},
    actors: {
      legend: 'Voor wie?',
      hint: 'Kies je niemand, dan zie je de factoren voor iedereen.',
      names: {werkgever: 'Werkgever', werknemer: 'Werknemer', omgeving: 'Omgeving', trainer: 'Trainer'} satisfies Record<Actor, string>,
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
        'iframe': 'Werkt in bijna elk CMS. Het kader heeft een vaste hoogte; is de inhoud hoger, dan scrolt die erin.',
        'iframe-resize': 'Het iframe met één scriptregel erbij: het kader wordt precies zo hoog als de inhoud. Haalt je CMS de scriptregel weg, dan werkt het als een gewoon iframe.',
        'script': 'Voor een CMS dat scripts en eigen elementen toestaat. De elementen komen direct in je pagina en nemen de tekstgrootte ervan over.',
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
    fallback: {everything: 'scholingsfactoren', text: (what: string) => `Bekijk de ${what} op een eigen pagina`},
    frameTitle: {
      prefix: 'Scholingsfactoren',
      elements: {'factor-table': 'tabel', 'actor-filter': 'filterknoppen', 'barrier-heatmap': 'heatmap', 'source-citation': 'bronnen'} satisfies Record<EmbedElement, string>,
      kinds: {stimulerend: 'stimulerende factoren', inhiberend: 'belemmerende factoren'} satisfies Record<Kind, string>,
      factors: 'factoren',
      actors: {werkgever: 'werkgever', werknemer: 'werknemer', omgeving: 'omgeving', trainer: 'trainer'} satisfies Record<Actor, string>,
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
    kind: {legend: 'Which factors?', all: 'Both', kinds: {stimulerend: 'Stimulating', inhiberend: 'Inhibiting'} satisfies Record<Kind, string>},
    actors: {
      legend: 'For whom?',
      hint: 'Choose no one to see the factors for everyone.',
      names: {werkgever: 'Employer', werknemer: 'Employee', omgeving: 'Environment', trainer: 'Trainer'} satisfies Record<Actor, string>,
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
        'iframe': 'Works in almost any CMS. The frame has a fixed height; taller content scrolls inside it.',
        'iframe-resize': 'The iframe with one script line: the frame becomes exactly as tall as its content. If your CMS removes the script line, it works as a plain iframe.',
        'script': 'For a CMS that allows scripts and custom elements. The elements go straight into your page and take its text size.',
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
    fallback: {everything: 'training factors', text: (what: string) => `View the ${what} on a page of their own`},
    frameTitle: {
      prefix: 'Training factors',
      elements: {'factor-table': 'table', 'actor-filter': 'filter buttons', 'barrier-heatmap': 'heatmap', 'source-citation': 'sources'} satisfies Record<EmbedElement, string>,
      kinds: {stimulerend: 'stimulating factors', inhiberend: 'inhibiting factors'} satisfies Record<Kind, string>,
      factors: 'factors',
      actors: {werkgever: 'employer', werknemer: 'employee', omgeving: 'environment', trainer: 'trainer'} satisfies Record<Actor, string>,
      for: 'for', from: 'from', with: 'with', list: joined('and'),
    },
  },
};

export type BuilderText = (typeof BUILDER_TEXT)['nl'];
