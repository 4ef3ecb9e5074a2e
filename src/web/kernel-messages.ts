import { documentMessages } from '../documents/index.ts';
import { problemTypeMessages } from './problem-types.ts';
import { webMessages } from './web.messages.ts';

/** The kernels' own catalogues, registered before any module's (app.ts) and checked with them. */
export const KERNEL_MESSAGES = [webMessages, problemTypeMessages, documentMessages] as const;
