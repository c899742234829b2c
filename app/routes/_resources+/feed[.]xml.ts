import { jobsForFeed } from "~/models/public-jobs.server";
import { atomFeed } from "~/utils/atom";
import { db } from "~/utils/db.server";
import { EMPLOYMENT_TYPES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";
import { publicOrigin } from "~/utils/origin.server";

// Atom feed of the newest public postings, for support workers' feed readers and for
// other sites that want to list them. Absolute links, because a feed is read elsewhere.
export async function loader() {
  const origin = publicOrigin();
  const jobs = await jobsForFeed(db);
  const entries = jobs.map((job) => {
    const url = `${origin}/jobs/${job.id}`;
    const date = new Date(job.published_at ?? job.updated_at);
    return {
      id: url,
      link: url,
      title: job.title,
      updated: date,
      published: date,
      summary: [
        job.employer_name,
        `${WARDS[job.ward]}・${EMPLOYMENT_TYPES[job.employment_type]}・${formatPay(job.pay_unit, job.pay_min, job.pay_max)}`,
        job.description,
      ].join("\n"),
      authorName: job.employer_name,
    };
  });
  const xml = atomFeed({
    id: `${origin}/`,
    title: "熊本市 協力雇用主 求人サイト 新しい求人",
    subtitle: "熊本市の協力雇用主が出している、新しい求人です。",
    link: `${origin}/jobs`,
    self: `${origin}/feed.xml`,
    language: "ja",
    updated: jobs[0]?.published_at ? new Date(jobs[0].published_at) : new Date(0),
    authorName: "熊本市 生活安全課",
    rights: "熊本市",
    entries,
  });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
