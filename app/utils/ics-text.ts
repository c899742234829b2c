// Stored text on its way into an iCalendar file (RFC 5545 3.3.11). Line breaks become
// one kind (LF, which the writer then escapes as "\n"), and other control characters,
// which TEXT may not hold, are dropped: a title with CR or LF must never start a new
// property or a new event.

const CONTROL_EXCEPT_TAB_AND_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Plain text as a calendar can carry it; ical-generator escapes and folds it. */
export function calendarText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_EXCEPT_TAB_AND_LF, "");
}

/**
 * For the properties ical-generator writes as given (the calendar's NAME and
 * X-WR-CALNAME): the same text, escaped here. The writer still folds long lines.
 */
export function escapedCalendarText(text: string): string {
  return calendarText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}
