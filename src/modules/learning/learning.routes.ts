import type { App, AppDeps } from '../../web/app-types.ts';
import { certificateRoutes } from './certificate.routes.tsx';
import { courseImportRoutes } from './course.import.tsx';
import { courseRoutes } from './course.routes.tsx';
import { guidanceRoutes } from './guidance.routes.tsx';
import { quizRoutes } from './quiz.routes.tsx';

/** Every page and API route of the learning module. */
export function learningRoutes(app: App, deps: AppDeps): void {
  guidanceRoutes(app, deps);
  courseImportRoutes(app, deps);
  courseRoutes(app, deps);
  quizRoutes(app, deps);
  certificateRoutes(app, deps);
}
