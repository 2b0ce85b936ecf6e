import { formatMoney } from "@/lib/money";

interface Offer {
  offerBaseMinor: number | null;
  offerBonusMinor: number | null;
  offerEquityMinor: number | null;
  offerCurrency: string | null;
}

/** "Base $145,000.00 · Bonus $20,000.00", or nothing when no amount was recorded. */
export function offerText(offer: Offer): string | null {
  const currency = offer.offerCurrency;
  if (!currency) return null;
  const parts: [string, number | null][] = [
    ["Base", offer.offerBaseMinor],
    ["Bonus", offer.offerBonusMinor],
    ["Equity", offer.offerEquityMinor],
  ];
  const text = parts
    .flatMap(([label, minor]) => (minor === null ? [] : [`${label} ${formatMoney(minor, currency)}`]))
    .join(" · ");
  return text || null;
}

export function OfferSummary({ offer, className }: { offer: Offer; className?: string }) {
  const text = offerText(offer);
  return text ? <p className={className}>{text}</p> : null;
}
