import type { Child } from 'hono/jsx';
import { ErrorSummary, Form } from '../components/form.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Layout } from '../layout.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import type { FieldErrors } from './problems.ts';

/**
 * The frame of every page that is one form: heading, the conflict notice when someone saved
 * first, the error summary, then the form with its CSRF token and the version it was read at.
 * A page with a form among other things uses the parts (`ErrorSummary`, `Form`) directly.
 */
export function FormPage({
  title,
  caption,
  breadcrumbs,
  action,
  errors,
  version,
  conflict,
  savedHref,
  savedLabelKey,
  wide,
  multipart,
  before,
  children,
}: {
  title: string;
  caption?: string;
  breadcrumbs?: { label: string; href?: string }[];
  action: string;
  errors: FieldErrors;
  /** The record's version when the form was drawn, sent back so a concurrent save is detected. */
  version?: number;
  conflict?: boolean;
  /** Where the version that was saved first can be read. */
  savedHref?: string;
  /** What the link to the saved version says, when not the kernel's words. */
  savedLabelKey?: string;
  wide?: boolean;
  /** The form sends a file. */
  multipart?: boolean;
  /** Anything shown between the heading and the form (an explanation, a summary card). */
  before?: Child;
  children?: Child;
}) {
  return (
    <Layout title={title} breadcrumbs={breadcrumbs}>
      <PageHeading title={title} caption={caption} />
      {conflict ? <ConflictNotice savedHref={savedHref} savedLabelKey={savedLabelKey} /> : null}
      <ErrorSummary errors={errors} />
      {before}
      <Form action={action} class={wide ? 'form form--wide' : 'form'} multipart={multipart}>
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        {children}
      </Form>
    </Layout>
  );
}
