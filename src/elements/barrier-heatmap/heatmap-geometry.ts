import {scaleThreshold} from 'd3-scale';
import type {Actor, HeatmapCell, HeatmapMatrix} from '../../data/index.js';

/**
 * Colour steps of the heatmap: step 0 is an empty cell, steps 1–6 split the counts from 1 to the
 * largest cell. A fixed set of steps lets the element colour cells with CSS classes (no inline styles,
 * so strict CSP pages work) and lets a theme replace every colour with a custom property.
 */
export const HEATMAP_STEPS = 7;

const DARK_INK = '#000000';
const LIGHT_INK = '#ffffff';

/** "#08306b" or "rgb(8, 48, 107)" to [r, g, b]. */
function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG 2 relative luminance of a colour. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on the fill. */
export function inkFor(fill: string): string {
  return contrastRatio(fill, DARK_INK) >= contrastRatio(fill, LIGHT_INK) ? DARK_INK : LIGHT_INK;
}

/**
 * The default fill of each step, light to dark: d3's interpolateBlues (d3-scale-chromatic) sampled at
 * 0, 1/6, …, 1. A single-hue ramp from light to dark reads the same with any colour vision and in grey.
 * Written out, because d3-scale-chromatic with d3-color and d3-interpolate would add about 9 kB (gzip)
 * to the heatmap's chunk for seven constants.
 */
export const STEP_FILLS: readonly string[] = ['#f7fbff', '#d6e6f4', '#abcfe6', '#6daed5', '#3787c0', '#125ca3', '#08306b'];

/**
 * The text colour of each step: `inkFor` its fill, written out like the fills, so that the contrast
 * functions above stay out of the heatmap's chunk (test/barrier-heatmap/geometry.test.ts checks both).
 */
export const STEP_INKS: readonly string[] = [DARK_INK, DARK_INK, DARK_INK, DARK_INK, DARK_INK, LIGHT_INK, LIGHT_INK];

/**
 * Maps a count to its colour step: 0 for an empty cell, else 1 to 6 by where it lies between 0 and `max`,
 * in six equal bands. (The bands of d3's scaleQuantize, drawn with scaleThreshold: scaleQuantize would
 * bring d3-format into the chunk for tick labels we never show.)
 */
export function stepScale(max: number): (count: number) => number {
  const top = Math.max(1, max);
  const bands = HEATMAP_STEPS - 1;
  const thresholds = Array.from({length: bands - 1}, (_, i) => (top * (i + 1)) / bands);
  const steps = Array.from({length: bands}, (_, i) => i + 1);
  const threshold = scaleThreshold<number, number>().domain(thresholds).range(steps);
  return (count) => (count <= 0 ? 0 : threshold(Math.min(count, top)));
}

/** One entry of the legend: a step and the counts it stands for. */
export interface LegendStep {
  readonly step: number;
  readonly from: number;
  readonly to: number;
}

/** The steps that occur for counts 0 to `max`, each with its range of counts; steps no count reaches are left out. */
export function legendSteps(max: number): LegendStep[] {
  const step = stepScale(max);
  const steps: LegendStep[] = [{step: 0, from: 0, to: 0}];
  for (let count = 1; count <= max; count++) {
    const last = steps[steps.length - 1];
    const current = step(count);
    if (last.step === current) steps[steps.length - 1] = {...last, to: count};
    else steps.push({step: current, from: count, to: count});
  }
  return steps;
}

/** One row or column of the grid as drawn: actors, or "Bron" labels keyed by their first source id. */
export interface GridAxisEntry {
  readonly axis: 'actor' | 'source';
  readonly key: string;
  readonly label: string;
  readonly total: number;
}

/** The matrix as the grid draws it: `cells[r][c]` belongs to `rows[r]` and `columns[c]`. */
export interface HeatmapGrid {
  readonly rows: readonly GridAxisEntry[];
  readonly columns: readonly GridAxisEntry[];
  readonly cells: readonly (readonly HeatmapCell[])[];
  readonly max: number;
}

/** Actors as rows and labels as columns, or the other way round when `transposed`. */
export function heatmapGrid(matrix: HeatmapMatrix, transposed: boolean): HeatmapGrid {
  const actors = matrix.rows.map((row): GridAxisEntry => ({axis: 'actor', ...row}));
  const labels = matrix.columns.map((column): GridAxisEntry => ({axis: 'source', ...column}));
  if (!transposed) return {rows: actors, columns: labels, cells: matrix.cells, max: matrix.max};
  const cells = labels.map((_, c) => actors.map((_, r) => matrix.cells[r][c]));
  return {rows: labels, columns: actors, cells, max: matrix.max};
}

/** A stable key for a cell, the same whether the grid is transposed or not. */
export const cellKey = (cell: {actor: Actor; sourceId: string}) => `${cell.actor}\u0000${cell.sourceId}`;
