import { describe, expect, it } from "vitest";
import { Invalid } from "@/lib/errors";
import { PASSKEY_NEEDS_DOMAIN } from "@/lib/passkeys/rules";
import { relyingPartyOf } from "@/server/passkeys/relying-party";
import { requestOriginOf } from "@/server/http/request-guard";

const unset = { AUTH_URL: undefined, PORT: 3000 };

describe("relyingPartyOf", () => {
  it("is AUTH_URL's origin and host when set, whatever the request's origin", () => {
    const settings = { AUTH_URL: "https://trajectory.example.com/api/auth", PORT: 3000 };
    expect(relyingPartyOf("http://localhost:3000", settings)).toEqual({
      id: "trajectory.example.com",
      origin: "https://trajectory.example.com",
      name: "Trajectory",
    });
  });

  it("keeps AUTH_URL's port in the origin but not in the id", () => {
    const settings = { AUTH_URL: "http://localhost:8080", PORT: 3000 };
    expect(relyingPartyOf(undefined, settings)).toMatchObject({
      id: "localhost",
      origin: "http://localhost:8080",
    });
  });

  it("is the request's origin without AUTH_URL", () => {
    expect(relyingPartyOf("http://localhost:3100", unset)).toMatchObject({
      id: "localhost",
      origin: "http://localhost:3100",
    });
  });

  it("refuses an IP address, as browsers do", () => {
    expect(() => relyingPartyOf("http://127.0.0.1:3000", unset)).toThrow(
      new Invalid("passkey", PASSKEY_NEEDS_DOMAIN),
    );
  });
});

describe("requestOriginOf", () => {
  it("is the Host the browser sent, with forwarded host and protocol when present", () => {
    const url = "http://127.0.0.1:3000/api/trpc";
    expect(requestOriginOf(new Request(url, { headers: { host: "localhost:3000" } }))).toBe(
      "http://localhost:3000",
    );
    const proxied = {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "app.example.com",
      "x-forwarded-proto": "https",
    };
    expect(requestOriginOf(new Request(url, { headers: proxied }))).toBe("https://app.example.com");
    expect(requestOriginOf(new Request(url))).toBe("http://127.0.0.1:3000");
  });
});
