/** A link of the main menu (or of the administration overview) that a module contributes. */
export interface NavEntry {
  href: string;
  labelKey: string;
  /** Lower comes first. */
  order: number;
  /** Shown only to signed-in users with one of these roles, when set. */
  roles?: ('admin' | 'moderator' | 'user')[];
  /**
   * `admin`: listed on the administration overview instead of the main menu, which stays short
   * (an administrator's tools there would wrap it onto a second line).
   */
  placement?: 'main' | 'admin';
}
