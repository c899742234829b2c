import type { LoaderFunctionArgs } from "@remix-run/node";
import QRCode from "qrcode";
import { requireStaff } from "~/auth/guards.server";
import { findPublicSurvey } from "~/models/surveys.server";
import { db } from "~/utils/db.server";
import { assertFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";

// The survey's public link as a QR code, for the paper handed out at a fair. Staff print
// it; the SVG scales to any size without blurring.
export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const publicId = args.params.publicId ?? "";
  const survey = assertFound(await findPublicSurvey(db, publicId));
  const url = `${publicOrigin()}/surveys/${survey.public_id}`;
  const svg = await QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return new Response(svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
