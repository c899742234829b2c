import { SUPPORT_FIGURES } from "../../db/support-figures";
import { fixedRuby } from "~/components/ruby-text";
import { SUPPORT_QUESTIONS } from "~/schemas/support";
import { CITY_OFFICE } from "~/utils/labels";
import type { SupportResult } from "~/utils/support-rules";

// What the support checker answers: each scheme, whether it applies, its most, how it is
// paid, what to do next, and where each figure comes from.

/** The result's headings and table headers, for the readings of the page that shows it. */
export const SUPPORT_RESULT_TEXTS = [
  "結果",
  "刑務所出所者等就労奨励金",
  "受け取る時期と、1回の最大額",
  "時期",
  "名前",
  "最大額",
  "身元保証制度",
  "トライアル雇用助成金",
  "次にすること",
] as const;
const Fixed = fixedRuby(SUPPORT_RESULT_TEXTS);

export function yen(n: number) {
  return `${n.toLocaleString("ja-JP")}円`;
}

function Source({ keys }: { keys: Array<keyof typeof SUPPORT_FIGURES> }) {
  const sources = [...new Set(keys.map((k) => SUPPORT_FIGURES[k].source))];
  return <p className="support-source">出典: {sources.join("、")}</p>;
}

function Verdict({ applies }: { applies: boolean }) {
  return applies ? (
    <p className="support-verdict support-yes">
      <strong>対象になりそうです</strong>
    </p>
  ) : (
    <p className="support-verdict support-no">
      <strong>対象になりません</strong>
    </p>
  );
}

function questionLabel(name: string) {
  return SUPPORT_QUESTIONS.find((q) => q.name === name)?.label ?? name;
}

export function SupportResultView({ result, asOf }: { result: SupportResult; asOf: string }) {
  const { incentive, guarantee, trial } = result;
  return (
    <section aria-labelledby="result-heading" className="support-result">
      <h2 id="result-heading">
        <Fixed text="結果" />
      </h2>
      <p>金額は {asOf} 時点のものです。どれも「最大」の金額で、実際の額は申し込み先が決めます。</p>

      <article aria-labelledby="incentive-heading" className="support-scheme">
        <h3 id="incentive-heading">
          <Fixed text="刑務所出所者等就労奨励金" />
        </h3>
        <Verdict applies={incentive.applies} />
        {incentive.applies ? (
          <>
            <p>
              1年間で <strong className="support-amount">最大{yen(incentive.maxYen)}</strong>
              {incentive.full ? "（すべての条件を満たす場合）" : "（全額の条件を満たさない場合）"}
            </p>
            {incentive.payments.length ? (
              <table className="support-payments">
                <caption>
                  <Fixed text="受け取る時期と、1回の最大額" />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <Fixed text="時期" />
                    </th>
                    <th scope="col">
                      <Fixed text="名前" />
                    </th>
                    <th scope="col">
                      <Fixed text="最大額" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {incentive.payments.map((p, i) => (
                    <tr key={p.when}>
                      <td>{p.when}</td>
                      <td>{i < 6 ? "就労・職場定着奨励金" : "就労継続奨励金"}</td>
                      <td className="number">{yen(p.yen)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>この場合の受け取る時期ごとの内訳は、保護観察所にたずねてください。</p>
            )}
            {incentive.missing.length ? (
              <>
                <p>次の質問に「はい」と答えられると、最大720,000円の対象になります。</p>
                <ul>
                  {incentive.missing.map((m) => (
                    <li key={m}>{questionLabel(m)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {incentive.underTwentyMonthlyYen ? (
              <p>
                20歳未満の人なので、1か月につき <strong>{yen(incentive.underTwentyMonthlyYen)}</strong> が上乗せされます。
              </p>
            ) : null}
            <p>毎月、保護観察所に報告します。会社が労働保険に入っていることが条件です。</p>
          </>
        ) : null}
        {incentive.reasons.map((r) => (
          <p key={r}>{r}</p>
        ))}
        <Source keys={["settlingMonthly", "continuingEach", "incentiveFull", "incentiveReduced", "underTwentyMonthly"]} />
      </article>

      <article aria-labelledby="guarantee-heading" className="support-scheme">
        <h3 id="guarantee-heading">
          <Fixed text="身元保証制度" />
        </h3>
        <Verdict applies={guarantee.applies} />
        {guarantee.applies ? (
          <p>
            その人が原因で会社が受けた損害を、雇ってから最長{guarantee.months}か月（1年）、
            <strong className="support-amount">最大{yen(guarantee.maxYen)}</strong> まで補います。
          </p>
        ) : null}
        {guarantee.reasons.map((r) => (
          <p key={r}>{r}</p>
        ))}
        <Source keys={["guaranteeMax"]} />
      </article>

      <article aria-labelledby="trial-heading" className="support-scheme">
        <h3 id="trial-heading">
          <Fixed text="トライアル雇用助成金" />
        </h3>
        <Verdict applies={trial.applies} />
        {trial.applies ? (
          <p>
            1か月につき最大{yen(trial.monthlyYen)}を、最長{trial.months}か月。合わせて <strong className="support-amount">最大{yen(trial.maxYen)}</strong>
          </p>
        ) : null}
        {trial.reasons.map((r) => (
          <p key={r}>{r}</p>
        ))}
        <Source keys={["trialMonthly"]} />
      </article>

      <section aria-labelledby="next-heading">
        <h3 id="next-heading">
          <Fixed text="次にすること" />
        </h3>
        <ol className="steps">
          {incentive.applies || guarantee.applies ? (
            <li>
              <strong>保護観察所</strong>に、就労奨励金と身元保証のことを相談してください（事業所のある地域の保護観察所です）。
            </li>
          ) : null}
          {trial.applies || trial.excludedByIncentive ? (
            <li>
              トライアル雇用は<strong>ハローワーク</strong>にたずねてください。就労奨励金を受けるなら、トライアル雇用助成金は受けられません。
            </li>
          ) : null}
          <li>
            わからないことは、{CITY_OFFICE.name}（電話 {CITY_OFFICE.phone}、{CITY_OFFICE.hours}）にお問い合わせください。
          </li>
        </ol>
      </section>
    </section>
  );
}
