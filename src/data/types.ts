/** The two kinds of factor in the source document's two tables. */
export const KINDS = ['stimulerend', 'inhiberend'] as const;
/** A factor stimulates or inhibits taking part in training. */
export type Kind = (typeof KINDS)[number];

/** The actors of the document's "Wie" column, in the order the document introduces them. */
export const ACTORS = ['werkgever', 'werknemer', 'omgeving', 'trainer'] as const;
/** Who a factor concerns. */
export type Actor = (typeof ACTORS)[number];

/** The interface languages. The data itself stays in its own language (Dutch). */
export type Language = 'nl' | 'en';

export const isKind = (value: unknown): value is Kind => (KINDS as readonly unknown[]).includes(value);
export const isActor = (value: unknown): value is Actor => (ACTORS as readonly unknown[]).includes(value);

/** One row of the document's factor tables. */
export interface Factor {
  readonly id: string;
  readonly kind: Kind;
  /** The "Factor" cell, verbatim. */
  readonly factor: string;
  /** The "Hoe" cell, verbatim; "" where the document leaves it empty. */
  readonly how: string;
  readonly actors: readonly Actor[];
  /** Ids of the publications behind the "Bron" cell. */
  readonly sources: readonly string[];
  /**
   * Per id of `sources`, where the dataset gives one: why this row cites that publication, in the dataset's
   * language. Where one label of the "Bron" cell stands for several publications ("ROA (2018)"), it says
   * which of them the row rests on and why.
   */
  readonly sourceNotes?: Readonly<Record<string, string>>;
}

/** A publication as the table, the filter and the heatmap know it: its id and its citation. */
export interface SourceLabel {
  readonly id: string;
  /** The citation: the label as the "Bron" column writes it, e.g. "TNO (2011)". */
  readonly citation: string;
}

/** A publication with what its reference names: authors, year, title and, where a dataset gives one, a URL. */
export interface SourceReference extends SourceLabel {
  readonly authors: readonly string[];
  readonly year: number;
  readonly title: string;
  /** Only where a dataset gives one; always http(s). */
  readonly url?: string;
}

/** One publication the document summarises, with its texts: the reference, summary and findings. */
export interface Source extends SourceReference {
  readonly summary: string;
  readonly findings: readonly string[];
}

/**
 * The factors and the publications' citations: everything but the publications' texts and the factors' source
 * notes, which only the citation card shows. The elements start from the bundled dataset in this form
 * (src/data/bundled-without-texts.ts).
 */
export interface DatasetWithoutTexts {
  readonly title: string;
  readonly language: string;
  readonly factors: readonly Factor[];
  readonly sources: readonly SourceLabel[];
}

/** A publication's summary and findings in another language: our translation, never the publication's own words. */
export interface TranslatedTexts {
  readonly summary: string;
  /** As many as the publication has, in the same order. */
  readonly findings: readonly string[];
}

/**
 * The dataset's own texts translated into another language: the publications' summaries and findings and the
 * factors' source notes. The factors themselves are never translated: they quote the source document.
 */
export interface DatasetTranslation {
  /** Per publication id. */
  readonly sources: Readonly<Record<string, TranslatedTexts>>;
  /** Per factor id, per publication id: the translated `sourceNotes`. */
  readonly sourceNotes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The whole dataset: what `data/landscape.json`, `src` and the `data` property hold. */
export interface Dataset extends DatasetWithoutTexts {
  readonly sources: readonly Source[];
  /** Per language code (e.g. `en`): a translation of the summaries, findings and source notes. */
  readonly translations?: Readonly<Record<string, DatasetTranslation>>;
}
