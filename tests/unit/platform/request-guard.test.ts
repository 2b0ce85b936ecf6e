import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, refuseUnsafeRequest } from "@/server/http/request-guard";

const URL_ = "https://app.example/api/trpc/account.update";
const ORIGIN = "https://app.example";

function post(headers: Record<string, string>, body = "{}"): Request {
  return new Request(URL_, { method: "POST", headers, body });
}

async function expectRefusal(response: Response | null, status: number): Promise<void> {
  expect(response).not.toBeNull();
  expect(response?.status).toBe(status);
  const body = (await response?.json()) as { error?: { message?: unknown } };
  expect(typeof body.error?.message).toBe("string");
  expect(body.error?.message).not.toBe("");
}

describe("refuseUnsafeRequest", () => {
  it("lets GET, HEAD and OPTIONS through", () => {
    expect(refuseUnsafeRequest(new Request(URL_))).toBeNull();
    expect(refuseUnsafeRequest(new Request(URL_, { method: "HEAD" }))).toBeNull();
    expect(refuseUnsafeRequest(new Request(URL_, { method: "OPTIONS" }))).toBeNull();
  });

  it("lets a same-origin JSON POST through (matching Origin)", () => {
    expect(refuseUnsafeRequest(post({ "content-type": "application/json", origin: ORIGIN }))).toBeNull();
  });

  it("lets a same-origin JSON POST through (Sec-Fetch-Site)", () => {
    const req = post({ "content-type": "application/json", "sec-fetch-site": "same-origin" });
    expect(refuseUnsafeRequest(req)).toBeNull();
  });

  it("lets a JSON POST without Origin or Sec-Fetch-Site through", () => {
    expect(refuseUnsafeRequest(post({ "content-type": "application/json" }))).toBeNull();
  });

  it("accepts a JSON content type with parameters and any case", () => {
    const req = post({ "content-type": "Application/JSON; charset=utf-8", origin: ORIGIN });
    expect(refuseUnsafeRequest(req)).toBeNull();
  });

  it("refuses multipart/form-data with 415", async () => {
    const form = new FormData();
    form.set("a", "b");
    const req = new Request(URL_, { method: "POST", body: form });
    expect(req.headers.get("content-type")).toMatch(/^multipart\/form-data/);
    await expectRefusal(refuseUnsafeRequest(req), 415);
  });

  it("refuses url-encoded forms with 415", async () => {
    const req = post({ "content-type": "application/x-www-form-urlencoded" }, "a=b");
    await expectRefusal(refuseUnsafeRequest(req), 415);
  });

  it("refuses text/plain with 415", async () => {
    await expectRefusal(refuseUnsafeRequest(post({ "content-type": "text/plain" })), 415);
  });

  it("refuses a POST without a content type with 415", async () => {
    const req = new Request(URL_, { method: "POST" });
    expect(req.headers.get("content-type")).toBeNull();
    await expectRefusal(refuseUnsafeRequest(req), 415);
  });

  it("refuses Sec-Fetch-Site cross-site with 403", async () => {
    const req = post({ "content-type": "application/json", "sec-fetch-site": "cross-site" });
    await expectRefusal(refuseUnsafeRequest(req), 403);
  });

  it("refuses a foreign Origin with 403", async () => {
    const req = post({ "content-type": "application/json", origin: "https://evil.example" });
    await expectRefusal(refuseUnsafeRequest(req), 403);
  });

  it("lets a trusted origin through", () => {
    const req = post({ "content-type": "application/json", origin: "https://evil.example" });
    expect(refuseUnsafeRequest(req, ["https://evil.example"])).toBeNull();
  });

  it("refuses a declared body above MAX_BODY_BYTES with 413", async () => {
    const req = post({ "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) });
    await expectRefusal(refuseUnsafeRequest(req), 413);
  });

  it("accepts a declared body of exactly MAX_BODY_BYTES", () => {
    const req = post({ "content-type": "application/json", "content-length": String(MAX_BODY_BYTES) });
    expect(refuseUnsafeRequest(req)).toBeNull();
  });
});
