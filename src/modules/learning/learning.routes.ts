import type { App, AppDeps } from '../../web/app-types.ts';
import { guidanceRoutes } from './guidance.routes.tsx';

/** Every page and API route of the learning module. */
export function learningRoutes(app: App, deps: AppDeps): void {
  guidanceRoutes(app, deps);
}
