import QRCode from "qrcode";

/** The otpauth:// URI as an inline SVG QR code (no image request, nothing for the CSP to allow). */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
