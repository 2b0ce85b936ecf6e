// The layout's import rules as one ESLint plugin: no library rule knows the "use client" directive or our folders.
import { builtinModules } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const builtins = new Set(builtinModules);

/** Packages that only run on the server: importing one from shared or browser code is a mistake. */
const SERVER_PACKAGES = [
  "server-only",
  "drizzle-orm",
  "postgres",
  "@electric-sql/pglite",
  "pino",
  "nodemailer",
  "@node-rs/argon2",
  "next-auth",
  "@auth/drizzle-adapter",
  "@simplewebauthn/server",
  "next/headers",
];

const isBuiltin = (source) => source.startsWith("node:") || builtins.has(source.split("/")[0]);
const isServerPackage = (source) =>
  SERVER_PACKAGES.some((name) => source === name || source.startsWith(`${name}/`));

/** The repository path (posix, no extension resolution) an internal import points at; null for a package. */
function targetOf(source, filename) {
  if (source.startsWith("@/")) return source.slice(2);
  if (source.startsWith("./") || source.startsWith("../")) {
    return path
      .relative(root, path.resolve(path.dirname(filename), source))
      .split(path.sep)
      .join("/");
  }
  return null;
}

const ROUTER_TYPE_HOME = "components/trpc/types.ts";

const within = (target, folder) => target === folder || target.startsWith(`${folder}/`);

function layerOf(filename, program) {
  const file = path.relative(root, filename).split(path.sep).join("/");
  if (within(file, "lib")) return "lib";
  if (within(file, "components")) return "components";
  if (within(file, "db")) return "db";
  if (within(file, "server")) return "server";
  const client = program.body.some(
    (node) => node.type === "ExpressionStatement" && node.directive === "use client",
  );
  if (within(file, "app") && client) return "client";
  return null;
}

const typeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

/** What each layer may import from the repository; anything else is reported. */
const ALLOWED = {
  lib: ["lib", "docs"],
  components: ["lib", "components"],
  client: ["lib", "components", "app"],
  db: ["db", "lib"],
};

const MESSAGES = {
  lib: "lib/ is what server and browser share: it imports only lib/ (no server/, db/, components/ or node: modules).",
  components:
    "UI code imports only lib/ and components/ (the router's type through components/trpc/types); reach data through tRPC or a server action.",
  client:
    "Client code imports only lib/, components/ and app/ (the router's type through components/trpc/types); reach data through tRPC or a server action.",
  db: "db/ is below the server: it imports only db/ and lib/.",
};

const imports = {
  meta: { type: "problem", schema: [], messages: { layer: "{{message}} ('{{source}}')" } },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep).join("/");
    const layer = layerOf(context.filename, context.sourceCode.ast);
    if (!layer || layer === "server") return {};
    const check = (node) => {
      if (!node.source) return;
      const source = String(node.source.value);
      const report = () =>
        context.report({ node, messageId: "layer", data: { message: MESSAGES[layer], source } });
      const target = targetOf(source, context.filename);
      if (target === null) {
        if (layer === "db") return;
        if (isBuiltin(source) || (isServerPackage(source) && !typeOnly(node))) report();
        return;
      }
      // The router's type is what the browser needs to call it; one file re-exports it, its code stays on the server.
      if (file === ROUTER_TYPE_HOME && target === "server/trpc/root" && typeOnly(node)) return;
      if (!ALLOWED[layer].some((folder) => within(target, folder))) report();
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression(node) {
        if (node.source.type === "Literal") check({ ...node, source: node.source });
      },
    };
  },
};

const serverOnly = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      missing: 'Files in server/ start with import "server-only", so a client bundle can never include them.',
    },
  },
  create(context) {
    return {
      Program(program) {
        const marked = program.body.some(
          (node) => node.type === "ImportDeclaration" && node.source.value === "server-only",
        );
        if (!marked) context.report({ node: program, loc: { line: 1, column: 0 }, messageId: "missing" });
      },
    };
  },
};

export const boundaries = { rules: { imports, "server-only": serverOnly } };
