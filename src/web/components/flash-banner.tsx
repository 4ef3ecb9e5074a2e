import type { FlashMessage } from '../flash.ts';
import { useT } from '../view-context.ts';

/** The message shown once after an action ("Account approved"), announced to screen readers. */
export function FlashBanner({ flash }: { flash: FlashMessage }) {
  const { t } = useT();
  return (
    <div class={`notice notice--${flash.kind}`} role="status">
      <p>{t(flash.key, flash.values)}</p>
    </div>
  );
}
