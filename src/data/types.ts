/** The two kinds of factor in the source document's two tables. */
export const KINDS = ['stimulerend', 'inhiberend'] as const;
/** A factor stimulates or inhibits taking part in training. */
export type Kind = (typeof KINDS)[number];

/** The actors of the document's "Wie" column, in the order the document introduces them. */
export const ACTORS = ['werkgever', 'werknemer', 'omgeving', 'trainer'] as const;
/** Who a factor concerns. */
export type Actor = (typeof ACTORS)[number];

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
}

/** One publication the document summarises. */
export interface Source {
  readonly id: string;
  /** The label as the "Bron" column writes it, e.g. "TNO (2011)". */
  readonly citation: string;
  readonly authors: readonly string[];
  readonly year: number;
  readonly title: string;
  readonly summary: string;
  readonly findings: readonly string[];
  /** Only where a dataset gives one; always http(s). */
  readonly url?: string;
}

/** The whole dataset: what `data/landscape.json`, `src` and the `data` property hold. */
export interface Dataset {
  readonly title: string;
  readonly language: string;
  readonly factors: readonly Factor[];
  readonly sources: readonly Source[];
}
