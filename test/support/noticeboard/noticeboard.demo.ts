import type { DemoContext } from '../../../src/module-kit/demo-context.ts';
import { insertNotice } from './noticeboard.repository.ts';

/** The demo pins one notice and names it for the steps after it. */
export async function loadNoticeboardDemo(context: DemoContext): Promise<void> {
  context.refs.set('notice:welcome', await insertNotice(context.db.kysely, 'Welcome to the board'));
}
