import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER: string;
export type Trust = (address: string, hop: number) => boolean;
export function parseTrustedProxies(raw?: string): Trust;
type Request = Pick<IncomingMessage, "headers"> & { socket: { remoteAddress?: string } };
export function stampClientAddress(req: Request, trust: Trust): void;
