import type { Child } from 'hono/jsx';

/** What to show when a list is empty: say so, and say what to do next. */
export function EmptyState({ message, children }: { message: string; children?: Child }) {
  return (
    <div class="empty-state">
      <p>{message}</p>
      {children}
    </div>
  );
}
