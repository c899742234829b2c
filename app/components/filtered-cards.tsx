import { JobCard, refusedCategories, type JobCardData } from "~/components/job-card";
import { HiddenNote, isHiddenBy, offenceMask, useOffenceChoice } from "~/components/offence-filter";

/**
 * A short list of postings that respects the offence choice kept in this browser. The server
 * sends a few more candidates than it shows (`limit`); the browser shows the first of them
 * that the choice leaves, and says how many it left out. Without a choice, or without
 * JavaScript, the first `limit` show, as everyone sees them.
 */
export function FilteredCards({ jobs, limit = jobs.length, empty }: { jobs: JobCardData[]; limit?: number; empty?: string }) {
  const { mask } = useOffenceChoice();
  const kept = jobs.filter((job) => !isHiddenBy(offenceMask(refusedCategories(job)), mask));
  const shown = new Set(kept.slice(0, limit).map((job) => job.id));
  // Counted among the postings the list would show without a choice, and those it shows instead.
  const considered = kept.length > limit ? jobs.findIndex((job) => job.id === kept[limit - 1].id) + 1 : jobs.length;
  const hidden = Math.max(0, jobs.slice(0, considered).filter((job) => !shown.has(job.id)).length);
  return (
    <>
      <HiddenNote count={hidden} />
      {shown.size === 0 && empty ? <p>{empty}</p> : null}
      <div className="job-list">
        {jobs.map((job) => (
          <JobCard key={job.id} job={job} hidden={!shown.has(job.id)} />
        ))}
      </div>
    </>
  );
}
