import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { fixedRuby, ReadingsProvider } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { db } from "~/utils/db.server";
import { furiganaOn } from "~/utils/furigana";
import { CITY_OFFICE, OFFENCE_CATEGORIES, officeTel } from "~/utils/labels";
import { pageMeta, titled } from "~/utils/seo";

// /for-supporters: a guide for probation officers, prison and juvenile-facility staff and
// Hello Work staff who read the postings with a person, print them, or ask the city to
// get in touch on someone's behalf.

export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("保護観察官・施設の職員・ハローワークの方へ"),
    description:
      "求人票と情報誌の印刷のしかた、本人に代わって市に連絡をお願いするしかた、「採用できない罪名」の欄の読み方をご案内します。",
  });

// The page's own headings and labels: their readings come with the page when furigana is on.
const FIXED = [
  "保護観察官・施設の職員・ハローワークの方へ",
  "印刷する",
  "本人に代わって、市に連絡をお願いする",
  "「採用できない罪名」の欄の読み方",
  "仕事のほかの相談先",
] as const;
const Fixed = fixedRuby(FIXED);

export async function loader({ request }: LoaderFunctionArgs) {
  return { readings: furiganaOn(request) ? await pageReadings(db, FIXED) : null };
}

export default function ForSupporters() {
  const { readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <article className="for-supporters">
        <h1>
          <Fixed text="保護観察官・施設の職員・ハローワークの方へ" />
        </h1>
        <p className="lead">
          このサイトの求人は、前歴を知ったうえで雇う「協力雇用主」の求人です。本人といっしょに読んだり、印刷して施設の中に届けたりするときの使い方をまとめました。
        </p>

        <h2>
          <Fixed text="印刷する" />
        </h2>
        <ul>
          <li>
            求人を一つずつ印刷するときは、求人のページの「求人票を印刷する」を押します。A4 の紙1枚に、漢字のよみがなをつけて印刷します。
          </li>
          <li>
            まとめて届けるときは、<Link to="/magazine">求人情報誌</Link>の号を開き、「印刷用のページ」か PDF を印刷します。後ろのページに、住まいやくらしの相談先ものっています。
          </li>
          <li>紙にはQRコードがなくても読めるように、連絡先と申し込み方法を文字で書いています。</li>
        </ul>

        <h2>
          <Fixed text="本人に代わって、市に連絡をお願いする" />
        </h2>
        <ul>
          <li>
            求人のページの「この仕事について、市の担当者に相談する」から送れます。連絡先には、あなたの職場の電話番号やメールアドレスを書いてかまいません。本人の同意を得てから送ってください。
          </li>
          <li>名前はニックネームでもかまいません。送った内容は市の担当者だけが見て、決まった日数がたつと消えます。</li>
          <li>
            電話でも受け付けます: {CITY_OFFICE.name}（電話 <a href={officeTel()}>{CITY_OFFICE.phone}</a>、{CITY_OFFICE.hours}）。
          </li>
          <li>前科・前歴のことは、書かないでください。市も会社も、このサイトでは聞きません。</li>
        </ul>

        <h2>
          <Fixed text="「採用できない罪名」の欄の読み方" />
        </h2>
        <p>
          それぞれの求人に、会社が決めた罪名ごとの受け入れ方が書いてあります。罪名は {Object.values(OFFENCE_CATEGORIES).join("・")} です。
        </p>
        <dl className="offence-guide">
          <dt>可</dt>
          <dd>その罪名でも、応募できます。</dd>
          <dt>要相談</dt>
          <dd>会社と話してから決めます。まず市の担当者に相談してください。</dd>
          <dt>不可</dt>
          <dd>その罪名の人は、この求人には応募できません。</dd>
        </dl>
        <p>
          これは求人の情報で、本人の情報ではありません。求人をさがすページでは、「不可」の求人をかくすこともできます。その選択は、使っているスマートフォンやパソコンの中だけに残り、市にもサーバーにも送られません。共用の端末では、使い終わったら選択を消してください。
        </p>

        <h2>
          <Fixed text="仕事のほかの相談先" />
        </h2>
        <p>
          住まい（セーフティネット住宅、居住支援、市営住宅）、体と心・くらし、お酒や薬物、仕事の相談先は、
          <Link to="/help">こまったときの相談先</Link>にまとめています。
        </p>
      </article>
    </ReadingsProvider>
  );
}
