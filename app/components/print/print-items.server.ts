import type { IssueItem } from "~/models/magazine.server";
import { qrDataUri } from "./qr.server";
import type { PrintItem } from "./sheet";

/** Numbers the postings 1..n and gives each its web address and QR code. */
export async function toPrintItems(items: IssueItem[], origin: string): Promise<PrintItem[]> {
  return Promise.all(
    items.map(async (item, index) => {
      const url = `${origin}/jobs/${item.jobId ?? item.job.id}`;
      return { no: index + 1, job: item.job, url, qr: await qrDataUri(url) };
    }),
  );
}
