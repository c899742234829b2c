import type { PayUnit } from "../../db/types";
import { PAY_UNITS } from "./labels";

const yen = new Intl.NumberFormat("ja-JP");

/** 時給 1,100円〜1,300円 */
export function formatPay(unit: PayUnit, min: number, max: number | null): string {
  const range = max && max !== min ? `${yen.format(min)}円〜${yen.format(max)}円` : `${yen.format(min)}円〜`;
  return `${PAY_UNITS[unit]} ${range}`;
}
