import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { eventCardTexts } from "~/components/event-card";
import { fixedRuby, ReadingsProvider } from "~/components/ruby-text";
import { yen } from "~/components/support-result";
import { EMPLOYER_EVENTS_TEXTS, EmployerEventsSection } from "~/components/employer-events-section";
import { listPublicEvents } from "~/models/events.server";
import { pageReadings } from "~/models/page-readings.server";
import { getSupportFigures } from "~/models/support-figures.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { furiganaOn } from "~/utils/furigana";
import employerStyles from "~/styles/employer.css?url";
import eventStyles from "~/styles/events.css?url";
import { CITY_OFFICE } from "~/utils/labels";
import { pageMeta, titled } from "~/utils/seo";

export const links = () => [
  { rel: "stylesheet", href: employerStyles },
  { rel: "stylesheet", href: eventStyles },
];

export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("事業主の方へ（協力雇用主のご案内）"),
    description: "協力雇用主の制度、保護観察所への登録、就労奨励金・身元保証・トライアル雇用、このサイトの使い方をご案内します。",
  });

// The support amounts come from the same stored figures as the support checker, so a
// change staff make at /staff/support shows here too; the rest is copied from public
// sources (named on the page): change it only together with its source.

// The page's own headings and labels: their readings come with the page when furigana is on.
const FIXED = [
  "事業主の方へ",
  "協力雇用主とは",
  "全国の協力雇用主",
  "2023年10月1日の時点（出典: 再犯防止推進白書）",
  "登録している協力雇用主",
  "実際に雇っている協力雇用主",
  "雇われている人",
  "協力雇用主の業種（2019年、出典: 再犯防止推進白書）",
  "建設業",
  "サービス業",
  "製造業",
  "登録と採用の流れ",
  "事業主への支援",
  "刑務所出所者等就労奨励金（2015年度から）",
  "身元保証制度",
  "トライアル雇用",
  "公共工事などの入札",
  "熊本市の取り組み",
  "はじめ方",
  "出典",
  "お問い合わせ",
] as const;
const Fixed = fixedRuby(FIXED);

export async function loader({ request }: LoaderFunctionArgs) {
  const all = await listPublicEvents(db, { audience: "employer" });
  const events = { upcoming: all.upcoming, past: all.past.slice(0, 10) };
  const readings = furiganaOn(request)
    ? await pageReadings(db, [...FIXED, ...EMPLOYER_EVENTS_TEXTS, ...eventCardTexts([...events.upcoming, ...events.past])])
    : null;
  return { ...(await getSupportFigures(db)), events, readings };
}

export default function ForEmployers() {
  const { amounts: a, asOf, events, readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <div className="for-employers">
        <h1>
          <Fixed text="事業主の方へ" />
        </h1>
        <p className="lead">
          罪を犯した人や非行をした人が立ち直るには、仕事と住まいが大きな支えになります。前歴を知ったうえで雇ってくださる「協力雇用主」として、熊本市といっしょに取り組みませんか。
        </p>
        <p>
          <Link to="/signup" className="button primary">
            このサイトの利用を申し込む
          </Link>
        </p>

        <section aria-labelledby="what">
          <h2 id="what">
            <Fixed text="協力雇用主とは" />
          </h2>
          <p>
            協力雇用主は、犯罪や非行をした人の前歴を知ったうえで雇い、社会に戻るのを助ける民間の事業主です。会社の所在地を担当する<strong>保護観察所</strong>に登録します。
            <strong>登録にお金はかかりません。</strong>
          </p>
          <p>
            暴力団などが入りこまないように、登録のときに警察が会社を確認します。役員の名簿、登記事項証明書（会社の登記簿）、役員一人ひとりの本人確認の書類を出していただきます。
          </p>
        </section>

        <section aria-labelledby="figures">
          <h2 id="figures">
            <Fixed text="全国の協力雇用主" />
          </h2>
          <div className="table-scroll">
            <table className="facts-table">
              <caption>
                <Fixed text="2023年10月1日の時点（出典: 再犯防止推進白書）" />
              </caption>
              <tbody>
                <tr>
                  <th scope="row">
                    <Fixed text="登録している協力雇用主" />
                  </th>
                  <td>24,969社</td>
                </tr>
                <tr>
                  <th scope="row">
                    <Fixed text="実際に雇っている協力雇用主" />
                  </th>
                  <td>912社</td>
                </tr>
                <tr>
                  <th scope="row">
                    <Fixed text="雇われている人" />
                  </th>
                  <td>1,287人</td>
                </tr>
              </tbody>
            </table>
          </div>
          <div className="table-scroll">
            <table className="facts-table">
              <caption>
                <Fixed text="協力雇用主の業種（2019年、出典: 再犯防止推進白書）" />
              </caption>
              <tbody>
                <tr>
                  <th scope="row">
                    <Fixed text="建設業" />
                  </th>
                  <td>52.7%</td>
                </tr>
                <tr>
                  <th scope="row">
                    <Fixed text="サービス業" />
                  </th>
                  <td>13.8%</td>
                </tr>
                <tr>
                  <th scope="row">
                    <Fixed text="製造業" />
                  </th>
                  <td>10.6%</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>登録している会社のうち、実際に雇っている会社はまだ少数です。雇う会社がふえることが、立ち直りの力になります。</p>
        </section>

        <section aria-labelledby="register">
          <h2 id="register">
            <Fixed text="登録と採用の流れ" />
          </h2>
          <ol className="steps">
            <li>
              <strong>保護観察所に登録する</strong>（無料）。会社の所在地を担当する保護観察所に申し込みます。
            </li>
            <li>
              <strong>求人を出す。</strong>
              ハローワークに求人を出します。刑務所などにいる人だけに向けた「受刑者等専用求人」もあります。コレワーク（矯正就労支援情報センター。全国8か所の矯正管区にあります）に相談することもできます。
            </li>
            <li>
              <strong>このサイトにも求人を出す。</strong>
              熊本市が内容を確認して、ウェブと印刷の求人情報誌に載せます。
            </li>
          </ol>
        </section>

        <section aria-labelledby="support">
          <h2 id="support">
            <Fixed text="事業主への支援" />
          </h2>
          <p>
            <Link to="/for-employers/support" className="button">
              受けられる支援を調べる（質問に答える）
            </Link>
          </p>

          <p className="muted">金額は {formatDate(asOf)} 時点のものです。</p>

          <h3>
            <Fixed text="刑務所出所者等就労奨励金（2015年度から）" />
          </h3>
          <p>
            保護観察所から頼まれて雇った場合に、1年間で<strong>最大{yen(a.incentiveFull)}</strong>を受け取れます。
          </p>
          <ul>
            <li>就労・職場定着奨励金: 最初の6か月、1か月ごとに最大{yen(a.settlingMonthly)}</li>
            <li>就労継続奨励金: そのあと3か月ごとに2回、1回につき最大{yen(a.continuingEach)}</li>
          </ul>
          <p>
            全額を受け取るには、次の条件がすべて必要です。仮釈放中か更生緊急保護を受けている人であること。施設にいるあいだに仕事が決まり、出てから約1か月以内に働き始めること。1年以上働く見込みがあること。ふだん週30時間以上働くこと。条件に合わない場合は、最大{yen(a.incentiveReduced)}です。
          </p>
          <p>
            20歳未満の人を雇うと、1か月につき{yen(a.underTwentyMonthly)}が上乗せされます。毎月、保護観察所への報告が必要です。労働保険に入っていることが条件です。トライアル雇用の助成金とは、いっしょに受け取れません。
          </p>

          <h3>
            <Fixed text="身元保証制度" />
          </h3>
          <p>
            身元保証人がいない人を雇った場合、その人が原因で会社が受けた損害を、雇ってから<strong>最長1年間、最大{yen(a.guaranteeMax)}</strong>まで補います。
          </p>

          <h3>
            <Fixed text="トライアル雇用" />
          </h3>
          <p>
            試しに雇う期間について、<strong>1か月につき最大{yen(a.trialMonthly)}を、最長3か月</strong>受け取れます。ハローワークに求人を出し、ハローワークの紹介で雇うことが条件です。
          </p>

          <h3>
            <Fixed text="公共工事などの入札" />
          </h3>
          <p>法務省や多くの自治体は、このような人を雇った実績のある会社に、入札で点数を加えています。</p>
        </section>

        <section aria-labelledby="kumamoto">
          <h2 id="kumamoto">
            <Fixed text="熊本市の取り組み" />
          </h2>
          <p>
            熊本市は「熊本市再犯防止推進計画」で、市内で刑法の罪でつかまった人のうち、前にも罪を犯したことのある人（再犯者）を<strong>450人以下</strong>にすることを目標にしています（2019年は564人）。刑務所に戻った人の約7割は、仕事がありませんでした。
          </p>
          <p>
            市はこれまでに、求人情報誌「Change!」（25社、A4・12ページ、250部）をつくり、保護観察所、刑務所、少年院に届けました。このサイトは、その取り組みを引きつぐものです。
          </p>
        </section>

        <EmployerEventsSection upcoming={events.upcoming} past={events.past} />

        <section aria-labelledby="board">
          <h2 id="board">このサイトでできること</h2>
          <ul>
            <li>求人を一度入力すれば、市が確認してウェブに公開し、印刷の求人情報誌にも載せます。施設の中にいてインターネットを使えない人にも届きます。</li>
            <li>採用できない罪名を「可・要相談・不可」で示せます。仕事をさがす人に前歴を聞く欄はありません。</li>
            <li>会社のセミナーや職場見学会の日程を出せます。</li>
            <li>求人が何回見られたかがわかります。人が決まったら「充足」にするだけで公開が終わります。</li>
            <li>市から、連絡を希望する人の情報が届きます。</li>
          </ul>
        </section>

        <section aria-labelledby="start">
          <h2 id="start">
            <Fixed text="はじめ方" />
          </h2>
          <ol className="steps">
            <li>
              <Link to="/signup">利用の申し込み</Link>のページで、会社の情報とメールアドレスを入力します。
            </li>
            <li>市の担当者が内容を確認し、結果をメールでお知らせします。</li>
            <li>確認が終わったら、求人を入力して「市に確認してもらう」を押します。市が確認したあとで公開されます。</li>
          </ol>
          <p>
            <Link to="/signup" className="button primary">
              利用を申し込む
            </Link>{" "}
            すでに申し込んだ方は <Link to="/login">ログイン</Link>
          </p>
        </section>

        <section aria-labelledby="sources">
          <h2 id="sources">
            <Fixed text="出典" />
          </h2>
          <ul>
            <li>法務省「協力雇用主について」</li>
            <li>再犯防止推進白書（法務省）</li>
            <li>熊本市再犯防止推進計画（熊本市）</li>
          </ul>
        </section>

        <section aria-labelledby="contact">
          <h2 id="contact">
            <Fixed text="お問い合わせ" />
          </h2>
          <p>
            {CITY_OFFICE.name}
            <br />
            {CITY_OFFICE.address}
            <br />
            電話 {CITY_OFFICE.phone}（{CITY_OFFICE.hours}）
          </p>
        </section>
      </div>
    </ReadingsProvider>
  );
}
