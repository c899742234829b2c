import { CITY_OFFICE } from "~/utils/labels";

/** "tel:0960000000" from "096-000-0000（例）": digits only, the bracketed note left out. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/（[^）]*）/g, "").replace(/[^\d+]/g, "")}`;
}

/** The city office's phone as a link a phone can call, for every page that refuses something. */
export function OfficePhone({ lead = "電話でも相談できます。" }: { lead?: string }) {
  return (
    <p className="office-phone">
      {lead}
      <br />
      {CITY_OFFICE.name}
      <br />
      電話 <a href={telHref(CITY_OFFICE.phone)}>{CITY_OFFICE.phone}</a>（{CITY_OFFICE.hours}）
    </p>
  );
}
