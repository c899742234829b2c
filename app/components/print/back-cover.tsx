import { CITY_OFFICE } from "~/utils/labels";
import { formatDate } from "~/utils/dates";
import { P } from "./book-phrases";
import { Legend, R, type Book } from "./book-pages";

/** Who to ask, the web edition for supporters, and the colophon. */
export function BackCover({ issue, webUrl, webQr, helpPage }: Book & { helpPage: number }) {
  return (
    <div className="mz-back">
      <section className="mz-contact">
        <h2>
          <R t={P.contact} />
        </h2>
        <p className="mz-contact-name">
          <R t={CITY_OFFICE.name} />
        </p>
        <p className="mz-contact-phone">
          <R t={P.phone} /> {CITY_OFFICE.phone}
        </p>
        <p>
          <R t={CITY_OFFICE.hours} />
        </p>
        <p>
          <R t={CITY_OFFICE.address} />
        </p>
      </section>
      <section className="mz-web">
        <h2>
          <R t={P.web} />
        </h2>
        <div className="mz-web-row">
          <img src={webQr} alt="この号のウェブ版を開くQRコード" width="120" height="120" />
          <p>
            <R t={P.webMeans} />
            <br />
            <span className="mz-url">{webUrl}</span>
          </p>
        </div>
      </section>
      <section className="mz-help">
        <h2>
          <R t={P.help} />
        </h2>
        <Legend
          rows={[
            [P.officer, P.officerMeans],
            [P.staff, P.staffMeans],
            [P.hellowork, P.helloworkMeans],
            [P.city, P.cityMeans],
          ]}
        />
        {helpPage ? (
          <p className="mz-help-pointer">
            <R t={P.helpPointer} />
            <strong>{helpPage}</strong>
            <R t={P.helpPointerPage} />
          </p>
        ) : null}
      </section>
      <section className="mz-colophon">
        <p>
          <R t={issue.title} /> <R t={P.no} />
          {issue.number}
          <R t={P.go} />
        </p>
        <p>
          <R t={formatDate(issue.issueDate)} />
          <R t={P.issued} />
        </p>
        <p>
          <R t={P.issued} /> <R t={CITY_OFFICE.name} />
        </p>
        <p>
          <R t={P.asOf} />
        </p>
      </section>
    </div>
  );
}
