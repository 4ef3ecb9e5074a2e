/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), in the order charts use
 * them. Lines also differ by dash pattern and carry a direct text label, so colour is never the
 * only signal; label text itself is drawn in the text colour for contrast.
 */
export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'] as const;

/** Dash patterns paired with the palette: solid, dashed, dotted, dash-dot. */
export const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 2', '1 2'] as const;

/** Reference lines (targets, ceilings). */
export const RULE_COLOUR = '#505a66';

/** Score bars (the site's blue) and the labels beside them (the text colour). */
export const SCORE_BAR = '#0b4f8a';
export const TEXT_COLOUR = '#1b1f24';

/** Sequential blues for choropleths, light to dark (ColorBrewer Blues, colour-blind safe). */
export const SEQUENTIAL = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

/** Missing data on maps: grey with a hatch, labelled "no data" in the key. */
export const NO_DATA_FILL = '#f0f0f0';
export const NO_DATA_HATCH = '#9a9a9a';

export function colourAt(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

export function dashAt(index: number): string {
  return DASHES[index % DASHES.length]!;
}
