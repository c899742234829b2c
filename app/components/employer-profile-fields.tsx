import { INDUSTRIES, REGISTRATIONS, WARDS } from "~/utils/labels";
import { SelectField, TextAreaField, TextField } from "./form-fields";

/** The company-profile part of the signup and profile forms. */
export function EmployerProfileFields() {
  return (
    <>
      <fieldset>
        <legend>会社・事業所</legend>
        <TextField name="name" label="会社名・事業所名" required autoComplete="organization" />
        <TextField name="nameKana" label="会社名のふりがな" required hint="例: しらかわけんせつ" />
        <SelectField name="industry" label="業種" options={INDUSTRIES} required />
        <TextField name="postalCode" label="郵便番号" autoComplete="postal-code" inputMode="numeric" hint="例: 860-0000" />
        <TextField name="address" label="所在地" required autoComplete="street-address" hint="例: 熊本市中央区手取本町1-1" />
        <SelectField name="ward" label="区" options={WARDS} required />
        <TextField name="employeeCount" label="従業員数" inputMode="numeric" hint="半角の数字" />
        <TextField name="website" label="ホームページ" type="url" hint="https:// から" />
      </fieldset>
      <fieldset>
        <legend>担当者</legend>
        <TextField name="contactName" label="担当者のお名前" required autoComplete="name" />
        <TextField name="phone" label="電話番号" type="tel" required autoComplete="tel" hint="例: 096-000-0000" />
      </fieldset>
      <fieldset>
        <legend>紹介文</legend>
        <TextAreaField name="profile" label="会社の紹介" hint="どんな仕事をしている会社か、職場の雰囲気など（2000文字まで）" />
        <TextAreaField name="message" label="代表者からのメッセージ" hint="働きたい人へのひとこと（1000文字まで）" />
      </fieldset>
      <fieldset>
        <legend>協力雇用主の登録</legend>
        <SelectField
          name="registration"
          label="保護観察所への協力雇用主の登録"
          options={REGISTRATIONS}
          required
          hint="登録は無料です。まだの方も申し込めます。"
        />
      </fieldset>
    </>
  );
}
