import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { listHelpEntries, type HelpEntry } from "~/models/help-entries.server";
import { pageReadings } from "~/models/page-readings.server";
import { HELP_SECTIONS, type HelpSectionKey } from "~/schemas/help";
import { db } from "~/utils/db.server";
import { furiganaOn } from "~/utils/furigana";
import { CITY_OFFICE, officeTel } from "~/utils/labels";
import { pageMeta, titled } from "~/utils/seo";

// /help: where to turn besides a job (housing, health and welfare, addiction, work). The
// entries are kept by staff at /staff/help; the magazine prints the same list.

export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("こまったときの相談先"),
    description: "住まい、体と心・くらし、お酒や薬物をやめたいとき、仕事のことで、熊本で相談できるところをまとめました。",
  });

const INTRO = "仕事のほかにも、住まいやくらしのことで、こまることがあります。ひとりでかかえこまずに、相談してください。";
const NO_CONTACT = "連絡先は、いま市がたしかめています。わからないときは、市の担当に聞いてください。";
// The page's own headings and the mark on a sample entry.
const HEADINGS = { title: "こまったときの相談先", toc: "分野", example: "例" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const entries = await listHelpEntries(db);
  const texts = [INTRO, NO_CONTACT, ...Object.values(HEADINGS), ...Object.values(HELP_SECTIONS), ...entries.flatMap((e) => [e.name, e.body, e.contact])];
  const readings = furiganaOn(request) ? await pageReadings(db, texts.filter(Boolean)) : null;
  return { entries, readings };
}

function Entry({ entry }: { entry: HelpEntry }) {
  return (
    <li className="help-entry">
      <h3>
        <Ruby text={entry.name} />
        {entry.isExample ? <span className="example-mark">
            <Ruby text={HEADINGS.example} />
          </span> : null}
      </h3>
      <p>
        <Ruby text={entry.body} />
      </p>
      {entry.contact ? (
        <p className="prose">
          <Ruby text={entry.contact} />
        </p>
      ) : (
        <p className="hint">
          <Ruby text={NO_CONTACT} />
        </p>
      )}
      {entry.url ? (
        <p>
          <a href={entry.url} rel="noopener noreferrer">
            {entry.name}のホームページ（ほかのサイトが開きます）
          </a>
        </p>
      ) : null}
    </li>
  );
}

export default function Help() {
  const { entries, readings } = useLoaderData<typeof loader>();
  const examples = entries.some((e) => e.isExample);
  return (
    <ReadingsProvider readings={readings}>
      <h1>
        <Ruby text={HEADINGS.title} />
      </h1>
      <p className="lead">
        <Ruby text={INTRO} />
      </p>
      <p>
        どこに聞けばいいかわからないときは、{CITY_OFFICE.name}（電話 <a href={officeTel()}>{CITY_OFFICE.phone}</a>、
        {CITY_OFFICE.hours}）に電話してください。いっしょに考えます。
      </p>
      {examples ? (
        <p className="notice">「例」と書いてある相談先は、見本です。連絡先は、市がたしかめてからのせます。</p>
      ) : null}
      <nav aria-labelledby="help-toc">
        <h2 id="help-toc" className="visually-hidden">
          <Ruby text={HEADINGS.toc} />
        </h2>
        <ul className="quick-filters">
          {(Object.keys(HELP_SECTIONS) as HelpSectionKey[]).map((key) => (
            <li key={key}>
              <a href={`#help-${key}`}>{HELP_SECTIONS[key]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {(Object.keys(HELP_SECTIONS) as HelpSectionKey[]).map((key) => {
        const list = entries.filter((e) => e.section === key);
        return (
          <section key={key} id={`help-${key}`} aria-labelledby={`help-${key}-title`}>
            <h2 id={`help-${key}-title`}>
              <Ruby text={HELP_SECTIONS[key]} />
            </h2>
            {list.length ? (
              <ul className="help-list">
                {list.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </ul>
            ) : (
              <p>いまは、のせている相談先がありません。市の担当に聞いてください。</p>
            )}
          </section>
        );
      })}
      <p>
        <Link to="/for-supporters">保護観察官・施設の職員・ハローワークの方へ</Link>
      </p>
      <p>
        <Link to="/jobs">求人をさがす</Link>
      </p>
    </ReadingsProvider>
  );
}
