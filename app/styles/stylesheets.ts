import appBase from "./app-base.css?url";
import appLayout from "./app-layout.css?url";
import appForms from "./app-forms.css?url";
import appLists from "./app-lists.css?url";
import jobsPosting from "./jobs-posting.css?url";
import jobsSearch from "./jobs-search.css?url";
import jobsHome from "./jobs-home.css?url";
import printMagazinePage from "./print-magazine-page.css?url";
import printMagazineCover from "./print-magazine-cover.css?url";
import printMagazinePostings from "./print-magazine-postings.css?url";
import printMagazineHelp from "./print-magazine-help.css?url";
import printMagazineBack from "./print-magazine-back.css?url";

// Stylesheets that are split by concern to stay short, each listed in cascade order: a route
// links the whole list where it used to link the one file, so later rules still win.

const stylesheets = (...hrefs: string[]) => hrefs.map((href) => ({ rel: "stylesheet", href }));

/** Site-wide: base and typography, layout, forms, lists. */
export const appStylesheets = stylesheets(appBase, appLayout, appForms, appLists);

/** The seeker's pages: a posting, search, home (and what a printed posting leaves out). */
export const jobsStylesheets = stylesheets(jobsPosting, jobsSearch, jobsHome);

/** The A4 print layout of the magazine and of the single job sheet. */
export const printMagazineStylesheets = stylesheets(
  printMagazinePage,
  printMagazineCover,
  printMagazinePostings,
  printMagazineHelp,
  printMagazineBack,
);
