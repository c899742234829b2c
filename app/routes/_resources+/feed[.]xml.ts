import type { LoaderFunctionArgs } from "@remix-run/node";
import { Feed } from "feed";
import { jobsForFeed } from "~/models/public-jobs.server";
import { db } from "~/utils/db.server";
import { EMPLOYMENT_TYPES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";
import { publicOrigin } from "~/utils/origin.server";

// Atom feed of the newest public postings, for support workers' feed readers and for
// other sites that want to list them. Absolute links, because a feed is read elsewhere.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const origin = publicOrigin(request, context);
  const jobs = await jobsForFeed(db);
  const feed = new Feed({
    id: `${origin}/`,
    title: "熊本市 協力雇用主 求人サイト 新しい求人",
    description: "熊本市の協力雇用主が出している、新しい求人です。",
    link: `${origin}/jobs`,
    language: "ja",
    updated: jobs[0]?.published_at ? new Date(jobs[0].published_at) : new Date(0),
    feedLinks: { atom: `${origin}/feed.xml` },
    author: { name: "熊本市 生活安全課" },
    copyright: "熊本市",
  });
  for (const job of jobs) {
    const url = `${origin}/jobs/${job.id}`;
    const summary = [
      job.employer_name,
      `${WARDS[job.ward]}・${EMPLOYMENT_TYPES[job.employment_type]}・${formatPay(job.pay_unit, job.pay_min, job.pay_max)}`,
      job.description,
    ].join("\n");
    feed.addItem({
      title: job.title,
      id: url,
      link: url,
      date: new Date(job.published_at ?? job.updated_at),
      published: new Date(job.published_at ?? job.updated_at),
      description: summary,
      author: [{ name: job.employer_name }],
    });
  }
  return new Response(feed.atom1(), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
