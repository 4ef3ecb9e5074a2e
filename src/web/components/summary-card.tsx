/** A key figure with its unit and where it comes from; the label links to the list when `href` is set. */
export function SummaryCard({
  label,
  value,
  unit,
  source,
  href,
}: {
  label: string;
  value: string;
  unit?: string;
  source?: string;
  href?: string;
}) {
  return (
    <div class="summary-card">
      <p class="summary-card__label">{href ? <a href={href}>{label}</a> : label}</p>
      <p class="summary-card__value">
        <span class="figure">{value}</span>
        {unit ? <span class="summary-card__unit"> {unit}</span> : null}
      </p>
      {source ? <p class="summary-card__source">{source}</p> : null}
    </div>
  );
}
