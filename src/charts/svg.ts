import { parseHTML } from 'linkedom';

/**
 * Server-side SVG for every chart: Observable Plot renders into a linkedom document, and
 * `finishSvg` makes the result safe under Corridor's CSP (`style-src 'self'`): Plot's `<style>`
 * element and any `style` attribute are removed (what they carried that matters is kept as
 * presentation attributes; the rest lives in app.css under `.chart svg`), coordinates are rounded
 * to keep pages light, and the SVG gets `role="img"`, a `<title>` and an `aria-label` text
 * alternative.
 */

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The document Plot renders into (one per process: Plot only creates detached elements in it). */
export const plotDocument = document as unknown as Document;

/** Presentation attributes that may carry what Plot put in `style`. */
const STYLE_TO_ATTRIBUTE = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'font-variant',
]);

/** Attributes holding coordinates: rounded to one decimal. */
const GEOMETRY = [
  'd',
  'transform',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'points',
];

function roundNumbers(value: string): string {
  return value.replace(/(-?\d+\.\d)\d+/g, '$1').replace(/\.0(?=\D|$)/g, '');
}

export interface SvgText {
  /** Shown as the SVG's <title> (the visible title is the figure's heading). */
  title: string;
  /** The text alternative read by screen readers: what the chart shows, in words. */
  description: string;
  /** The class app.css styles the chart by: `chart__svg` unless said otherwise. */
  className?: string;
  /** The base font size in px, in place of Plot's 10: 12 unless said otherwise. */
  fontSize?: number;
}

/** Serialises a Plot SVG element into CSP-safe, accessible markup. */
export function finishSvg(svg: Element, text: SvgText): string {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  const all = [svg, ...svg.querySelectorAll('*')];
  for (const el of all) {
    const inline = el.getAttribute('style');
    if (inline) {
      for (const declaration of inline.split(';')) {
        const [name, ...rest] = declaration.split(':');
        const property = name?.trim().toLowerCase() ?? '';
        const value = rest.join(':').trim();
        if (STYLE_TO_ATTRIBUTE.has(property) && value && !el.hasAttribute(property))
          el.setAttribute(property, value);
      }
      el.removeAttribute('style');
    }
    // Plot names its groups with aria-label; inside role="img" they are meaningless and axe
    // reports aria-label on a plain <g> as prohibited. The whole chart has one text alternative.
    if (el !== svg) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
    const className = el.getAttribute('class');
    if (className?.startsWith('plot-')) el.removeAttribute('class');
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, roundNumbers(value));
    }
  }
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('class', text.className ?? 'chart__svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', text.description);
  // Anchors are computed left to right; an RTL page must not flip them (see docs/decisions.md).
  svg.setAttribute('direction', 'ltr');
  if (svg.getAttribute('font-size') === '10') svg.setAttribute('font-size', String(text.fontSize ?? 12));
  // In the SVG namespace: an HTML <title> is written out without escaping its text, so a name
  // holding `</title><script>` would become markup.
  const title = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = text.title;
  svg.insertBefore(title, svg.firstChild);
  return svg.outerHTML;
}
