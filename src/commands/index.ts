// The command contract every service follows: one `Result`, one closed set of failures, one way
// to open a transaction. How a failure reaches a person is the web kernel's (command-reply.ts).
export {
  conflict,
  type Failure,
  type FailureKind,
  invalid,
  locked,
  notFound,
  ok,
  type Problem,
  type ProblemLike,
  type Problems,
  problemsOf,
  type Result,
  refused,
  transact,
} from './result.ts';
