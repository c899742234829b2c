import type { Migration } from "kysely";
import * as accounts from "./2026-11-26-01-accounts";
import * as domain from "./2026-11-26-02-domain";
import * as jobSearch from "./2026-11-26-03-job-search";
import * as stats from "./2026-11-26-07-stats";
import * as removeNulCharacters from "./2026-12-02-01-remove-nul-characters";
import * as eventSequence from "./2026-12-02-02-event-sequence";
import * as contentVersion from "./2026-12-02-03-content-version";
import * as hireFollowUps from "./2026-12-02-04-hire-follow-ups";
import * as readings from "./2026-12-02-04-readings";
import * as reviewDecisions from "./2026-12-02-04-review-decisions";
import * as statedTerms from "./2026-12-02-04-stated-terms";
import * as searchTextByTheApp from "./2026-12-02-05-search-text-by-the-app";
import * as surveyPaperAndScaleLabels from "./2026-12-02-06-survey-paper-and-scale-labels";
import * as contactOutcome from "./2026-12-02-20-contact-outcome";
import * as counterReadings from "./2026-12-02-21-counter-readings";
import * as jobAlerts from "./2026-12-02-40-job-alerts";
import * as helpEntries from "./2026-12-02-45-help-entries";
import * as eventRegistrations from "./2026-12-02-50-event-registrations";
import * as registrationContentVersion from "./2026-12-02-51-registration-content-version";
import * as interviewTimetable from "./2026-12-02-60-interview-timetable";
import * as magazineHelpSnapshot from "./2026-12-02-80-magazine-help-snapshot";
import * as searchSpeed from "./2026-12-02-85-search-speed";
import * as newestFirstWithId from "./2026-12-02-86-newest-first-with-id";
import * as readingsOfKata from "./2026-12-02-87-readings-of-kata-and-the-city-office";

// Listed in code, not read from the folder: the built server runs on plain Node, which
// cannot import .ts files at run time. Names sort in the order they must run.
export const migrations: Record<string, Migration> = {
  "2026-11-26-01-accounts": accounts,
  "2026-11-26-02-domain": domain,
  "2026-11-26-03-job-search": jobSearch,
  "2026-11-26-07-stats": stats,
  "2026-12-02-01-remove-nul-characters": removeNulCharacters,
  "2026-12-02-02-event-sequence": eventSequence,
  "2026-12-02-03-content-version": contentVersion,
  "2026-12-02-04-hire-follow-ups": hireFollowUps,
  "2026-12-02-04-readings": readings,
  "2026-12-02-04-review-decisions": reviewDecisions,
  "2026-12-02-04-stated-terms": statedTerms,
  "2026-12-02-05-search-text-by-the-app": searchTextByTheApp,
  "2026-12-02-06-survey-paper-and-scale-labels": surveyPaperAndScaleLabels,
  "2026-12-02-20-contact-outcome": contactOutcome,
  "2026-12-02-21-counter-readings": counterReadings,
  "2026-12-02-40-job-alerts": jobAlerts,
  "2026-12-02-45-help-entries": helpEntries,
  "2026-12-02-50-event-registrations": eventRegistrations,
  "2026-12-02-51-registration-content-version": registrationContentVersion,
  "2026-12-02-60-interview-timetable": interviewTimetable,
  "2026-12-02-80-magazine-help-snapshot": magazineHelpSnapshot,
  "2026-12-02-85-search-speed": searchSpeed,
  "2026-12-02-86-newest-first-with-id": newestFirstWithId,
  "2026-12-02-87-readings-of-kata-and-the-city-office": readingsOfKata,
};
