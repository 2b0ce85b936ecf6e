import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, stampClientAddress } from "@/scripts/client-address.mjs";

type Headers = Record<string, string | undefined>;
function request(peer: string, headers: Headers = {}) {
  return { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: { ...headers } };
}
function stamp(peer: string, headers: Headers, trusted?: string) {
  const req = request(peer, headers);
  stampClientAddress(req, parseTrustedProxies(trusted));
  return req.headers;
}

describe("the client address", () => {
  it("is the socket's when no proxy is trusted, whatever forwarding headers the client writes", () => {
    const headers = stamp("198.51.100.7", {
      "x-forwarded-for": "1.1.1.1",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "2.2.2.2",
      forwarded: "for=3.3.3.3",
      [CLIENT_ADDRESS_HEADER]: "4.4.4.4",
    });
    expect(headers).toEqual({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" });
  });

  it("behind a trusted proxy is the right-most forwarded entry that is not itself trusted", () => {
    const forwarded = {
      "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.7",
      "x-forwarded-host": "app.example",
    };
    const headers = stamp("10.0.0.1", forwarded, "10.0.0.0/8");
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.5");
    // The proxy's forwarding headers are kept: the origin check needs the public host.
    expect(headers["x-forwarded-host"]).toBe("app.example");
  });

  it("does not let a client rotate X-Forwarded-For past a trusted proxy", () => {
    const seen = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map(
      (spoofed) =>
        stamp("127.0.0.1", { "x-forwarded-for": `${spoofed}, 198.51.100.20` }, "loopback")[
          CLIENT_ADDRESS_HEADER
        ],
    );
    expect(seen).toEqual(["198.51.100.20", "198.51.100.20", "198.51.100.20"]);
  });

  it("reports an IPv4 peer of a dual-stack socket in its IPv4 form", () => {
    expect(stamp("::ffff:192.0.2.4", {})[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.4");
  });

  it("names TRUSTED_PROXIES when it cannot be read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, not-an-address")).toThrow(/^TRUSTED_PROXIES: /);
  });
});
