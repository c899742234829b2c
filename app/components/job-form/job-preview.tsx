import { useEffect, useRef } from "react";
import { JobDetail } from "~/components/job-detail";
import type { JobView } from "~/components/job-view";

/** The posting exactly as the public page will show it, framed so it is not mistaken for it. */
export function JobPreview({ job }: { job: JobView }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [job]);
  return (
    <section className="job-preview" aria-labelledby="job-preview-heading">
      <h2 id="job-preview-heading" tabIndex={-1} ref={heading}>
        公開ページでの見え方（まだ保存していません）
      </h2>
      <p className="hint">内容を直すときは、下の入力欄を直してください。よければ保存するか、市に確認してもらってください。</p>
      <div className="job-preview-frame">
        <JobDetail job={job} headingLevel={2} />
      </div>
    </section>
  );
}
