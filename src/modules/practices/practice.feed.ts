import type { PracticeSummary } from './practice.presenter.ts';

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/**
 * The Atom feed (RFC 4287) of newly published practices (decision 115): written by hand, a few
 * lines, rather than with a library for one document type.
 */
export function practiceFeed(options: {
  baseUrl: string;
  title: string;
  practices: PracticeSummary[];
}): string {
  const { baseUrl, practices } = options;
  const updated = practices[0]?.publishedAt ?? '1970-01-01T00:00:00.000Z';
  const entries = practices.map((p) => {
    const href = `${baseUrl}/practices/${p.id}`;
    const place = [p.city, p.region, p.country?.name].filter(Boolean).join(', ');
    return [
      '  <entry>',
      `    <id>${xml(href)}</id>`,
      `    <title>${xml(p.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(href)}"/>`,
      `    <updated>${xml(p.updatedAt)}</updated>`,
      `    <published>${xml(p.publishedAt ?? p.updatedAt)}</published>`,
      `    <summary xml:lang="${xml(p.locale)}">${xml(place ? `${place}. ${p.summary}` : p.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(`${baseUrl}/practices/feed.atom`)}</id>`,
    `  <title>${xml(options.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(`${baseUrl}/practices/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${baseUrl}/practices`)}"/>`,
    `  <updated>${xml(updated)}</updated>`,
    '  <author><name>Corridor</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
