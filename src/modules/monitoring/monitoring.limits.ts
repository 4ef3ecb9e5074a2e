/** Text limits of actions, indicators and values, shared by forms, the API and uploads. */
export const LIMITS = {
  title: 200,
  answers: 2000,
  gapRef: 300,
  fundingSource: 200,
  partners: 20,
  indicatorName: 200,
  definition: 2000,
  dataCode: 60,
  source: 300,
  targets: 40,
} as const;
