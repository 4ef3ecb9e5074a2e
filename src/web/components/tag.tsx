export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

/** A small label for a status, theme or type. Tone is never the only signal: the text says it. */
export function Tag({ label, tone = 'neutral' }: { label: string; tone?: TagTone }) {
  return <strong class={`tag tag--${tone}`}>{label}</strong>;
}
