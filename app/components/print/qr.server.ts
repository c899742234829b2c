import QRCode from "qrcode";

/**
 * A QR code as an SVG data URI for an <img>: made here on the server, so printing needs no
 * request anywhere, and the Content-Security-Policy allows data: images but no inline styles.
 */
export async function qrDataUri(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 0,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
