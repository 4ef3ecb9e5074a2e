import type { Child } from 'hono/jsx';

/** The page's h1 with an optional caption above it (the country, process or section it belongs to). */
export function PageHeading({
  title,
  caption,
  lead,
  actions,
}: {
  title: string;
  caption?: string;
  lead?: string;
  actions?: Child;
}) {
  return (
    <div class="page-heading">
      <div>
        {caption ? <p class="page-heading__caption">{caption}</p> : null}
        <h1>{title}</h1>
        {lead ? <p class="lead">{lead}</p> : null}
      </div>
      {actions ? <div class="page-heading__actions">{actions}</div> : null}
    </div>
  );
}
