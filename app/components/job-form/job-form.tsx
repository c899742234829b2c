import { useMemo } from "react";
import { ValidatedForm } from "~/components/forms";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { makeJobSchema, MAX_END_MONTHS, OFFENCE_FIELDS } from "~/schemas/job";
import { StatedTermsFields } from "./stated-terms-fields";
import { WritingHints } from "./writing-hints";
import type { PlainWord } from "~/utils/writing-hints";
import { ACCEPTANCES, EMPLOYMENT_TYPES, INDUSTRIES, OFFENCE_CATEGORIES, PAY_UNITS, WARDS } from "~/utils/labels";

type Failure = { errors?: Record<string, string>; values?: Record<string, string | string[]> } | null | undefined;

export type JobFormMode = "new" | "unpublished" | "published";

/**
 * Every field of a posting, in the order of Hello Work's job sheet. The buttons say what
 * happens: preview (nothing saved), keep as a draft, or send to the city for review.
 */
export function JobForm({
  minimumHourlyWage,
  failure,
  defaults,
  mode,
  hintWords,
}: {
  minimumHourlyWage: number;
  failure: Failure;
  defaults: Record<string, string | boolean>;
  mode: JobFormMode;
  hintWords: PlainWord[];
}) {
  const schema = useMemo(() => makeJobSchema(minimumHourlyWage), [minimumHourlyWage]);
  const wage = minimumHourlyWage.toLocaleString("ja-JP");
  const typed: Record<string, string> = {};
  for (const [name, value] of Object.entries(failure?.values ?? defaults)) if (typeof value === "string") typed[name] = value;
  return (
    <ValidatedForm schema={schema} failure={failure} defaults={defaults} aria-label="求人の内容" className="job-form">
      <fieldset>
        <legend>仕事の内容</legend>
        <TextField name="title" label="職種" required maxLength={60} hint="例: 建設作業員、介護スタッフ（60文字まで）" />
        <TextAreaField
          name="description"
          label="仕事の内容"
          required
          rows={6}
          hint="毎日どんなことをするのか、はじめての人にもわかるように書いてください。年齢の制限は、法律で決められた例外のほかは書けません。"
        />
        <WritingHints initial={typed} words={hintWords} />
        <SelectField name="employment_type" label="雇用の形" options={EMPLOYMENT_TYPES} required />
        <SelectField name="industry" label="業種" options={INDUSTRIES} required />
        <TextField name="openings" label="募集する人数" required inputMode="numeric" hint="半角の数字（例: 2）" />
        <TextField name="licenses" label="必要な免許・資格" hint="例: 普通自動車免許（AT限定可）。なければ空けておいてください" />
        <CheckboxField name="no_experience" label="経験がなくても応募できる" />
        <CheckboxField name="qualification_support" label="資格を取るための支援がある（費用の負担など）" />
      </fieldset>

      <fieldset>
        <legend>働く場所</legend>
        <TextField name="workplace_address" label="働く場所の住所" required hint="例: 熊本市東区健軍1丁目1-1" />
        <SelectField name="ward" label="働く場所の区" options={WARDS} required />
      </fieldset>

      <fieldset>
        <legend>給与</legend>
        <SelectField name="pay_unit" label="給与の形" options={PAY_UNITS} required />
        <TextField
          name="pay_min"
          label="給与（いちばん低い額）"
          required
          inputMode="numeric"
          hint={`円。数字だけ（例: 1100）。時給は熊本県の最低賃金 ${wage}円 以上にしてください`}
        />
        <TextField name="pay_max" label="給与（いちばん高い額）" inputMode="numeric" hint="円。幅がなければ空けておいてください" />
        <TextAreaField name="pay_note" label="給与の補足" rows={2} hint="例: 交通費は月2万円まで支給。試用期間3か月は時給1,100円" />
      </fieldset>

      <fieldset>
        <legend>働く時間と休日</legend>
        <TextAreaField name="hours" label="働く時間" required rows={2} hint="例: 8:00〜17:00（休憩60分）" />
        <TextAreaField name="days_off" label="休日" required rows={2} hint="例: 土曜・日曜・祝日、年末年始" />
      </fieldset>

      <fieldset>
        <legend>保険と待遇</legend>
        <TextField name="insurance" label="加入する保険" required hint="例: 雇用保険・労災保険・健康保険・厚生年金" />
        <CheckboxField name="housing" label="寮・社宅がある" />
        <CheckboxField name="meals" label="食事がある（まかない・弁当など）" />
        <TextAreaField name="benefits" label="その他の待遇" rows={3} hint="例: 作業服を貸します。昇給あり" />
      </fieldset>

      <StatedTermsFields />

      <fieldset>
        <legend>応募と選考</legend>
        <CheckboxField name="guarantor_not_needed" label="保証人がいなくても大丈夫" />
        <CheckboxField name="employer_guarantor" label="会社が身元引受人になれる" />
        <CheckboxField name="facility_interview" label="刑務所・少年院などの中で面接できる" />
        <CheckboxField name="probation_ok" label="保護観察中・仮釈放中の人も応募できる" />
        <TextAreaField
          name="how_to_apply"
          label="応募のしかた"
          required
          rows={3}
          hint="例: 保護観察官を通して、または担当の熊本まで電話（096-000-0000）"
        />
      </fieldset>

      <fieldset>
        <legend>受け入れられない罪名</legend>
        <p className="hint">
          罪名ごとに「可」「要相談」「不可」を選んでください。これは求人の条件で、人の情報ではありません。仕事をさがす人は、自分のスマートフォンの中だけでこの条件をしぼりこみます。
        </p>
        <div className="offence-grid">
          {OFFENCE_FIELDS.map(({ category, name }) => (
            <SelectField key={name} name={name} label={OFFENCE_CATEGORIES[category]} options={ACCEPTANCES} required />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>掲載の期間</legend>
        <TextField
          name="end_date"
          label="掲載の終わる日"
          type="date"
          required
          hint={`この日を過ぎると、自動で公開が終わります。あとから延ばせます（今日から${MAX_END_MONTHS}か月以内）`}
        />
      </fieldset>

      <JobFormButtons mode={mode} />
    </ValidatedForm>
  );
}

/** The pressed button's intent goes with the form, with JavaScript or without. */
function JobFormButtons({ mode }: { mode: JobFormMode }) {
  const published = mode === "published";
  return (
    <div className="form-buttons">
      <p className="hint">
        {published
          ? "公開中の求人の変更は、市の確認が終わるまで公開されません。それまでは今の内容が公開されたままです。"
          : "「市に確認してもらう」を押すと、市の担当者が内容を確認してから公開します。"}
      </p>
      <button type="submit" className="button" name="intent" value="preview">
        公開ページでの見え方を見る
      </button>
      <button type="submit" className="button" name="intent" value="draft">
        {published ? "変更を下書きとして保存" : "下書きとして保存"}
      </button>
      <button type="submit" className="button primary" name="intent" value="submit">
        {published ? "変更を市に確認してもらう" : "市に確認してもらう（公開の申請）"}
      </button>
    </div>
  );
}
