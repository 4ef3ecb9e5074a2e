/** Whether a call takes submissions on `day` (ISO): from its opening to its closing day, both included. */
export function callIsOpen(call: { opens_on: string; closes_on: string }, day: string): boolean {
  return call.opens_on <= day && day <= call.closes_on;
}

/** Where a call stands on `day`, computed when read: no job closes it (decision 113). */
export function callState(
  call: { opens_on: string; closes_on: string },
  day: string,
): 'upcoming' | 'open' | 'closed' {
  if (day < call.opens_on) return 'upcoming';
  return day > call.closes_on ? 'closed' : 'open';
}
