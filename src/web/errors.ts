/**
 * Errors with a fixed code and an HTTP status, mapped to problem+json or an HTML page in one
 * place (error-handler.ts). `detailKey` is a catalogue key so the message follows the language.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detailKey: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** A missing record and a forbidden one both answer 404, so ids cannot be probed. */
export function notFound(): HttpProblem {
  return new HttpProblem(404, 'NotFound', 'error.notFound');
}

export function unauthorized(): HttpProblem {
  return new HttpProblem(401, 'Unauthorized', 'error.unauthorized');
}

export function forbidden(): HttpProblem {
  return new HttpProblem(403, 'Forbidden', 'error.forbidden');
}

export function versionConflict(): HttpProblem {
  return new HttpProblem(409, 'VersionConflict', 'error.versionConflict');
}
