/** Headers for every response; the CSP with its per-request nonce is set in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WASM packages must load from node_modules, not from the bundle. rate-limiter-flexible imports
  // drizzle-orm at run time by a computed name, so both load from node_modules and share one drizzle-orm.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pino",
    "rate-limiter-flexible",
    "drizzle-orm",
  ],
  typedRoutes: false,
  // The build checks the app's own code; tests are checked by `npm test`'s typecheck, not twice.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // URLs from before each domain had one name keep working: bookmarks, scripts and old links.
  async redirects() {
    return [
      { source: "/settings/api", destination: "/settings/api-tokens", permanent: true },
      { source: "/api/export/account/schema", destination: "/api/data/export/schema", permanent: true },
      { source: "/api/export/account", destination: "/api/data/export", permanent: true },
      { source: "/api/export/resume", destination: "/api/data/resume", permanent: true },
      { source: "/api/export/csv/:kind", destination: "/api/data/csv/:kind", permanent: true },
      { source: "/api/import/account", destination: "/api/data/import", permanent: true },
    ];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
