#!/usr/bin/env bash
# `npm test`: every check and suite. With TEST_DATABASE_URL set, integration and browser tests also run on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -d node_modules ]; then
  step "installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    step "installing Chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Browser tests need Chromium at $chromium_path: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

step "typecheck";      npx tsc --noEmit
step "lint";           npx eslint --max-warnings 0 .
step "format";         npx prettier --check . >/dev/null && echo "formatting is clean"
step "dead code";      npx knip --no-progress && echo "no unused files, exports or dependencies"
step "migrations match the schema"
drift=$(npx drizzle-kit generate --name drift_check 2>&1) || { echo "$drift"; exit 1; }
if ! grep -q "No schema changes" <<<"$drift"; then
  git checkout -q -- db/migrations && git clean -fdq db/migrations
  echo "db/schema has changes without a migration: run npm run db:generate and commit it" >&2
  exit 1
fi
echo "no schema change is missing a migration"

# A Redis of the suite's own, so the Redis rate-limit store is tested too, when redis-server is installed.
if [ -z "${TEST_REDIS_URL:-}" ] && command -v redis-server >/dev/null; then
  redis_dir="$(mktemp -d)"
  redis_port="$(node scripts/free-port.mjs)"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$redis_dir" \
    --pidfile "$redis_dir/redis.pid" --daemonize yes >/dev/null
  trap 'kill "$(cat "$redis_dir/redis.pid" 2>/dev/null)" 2>/dev/null || true' EXIT
  export TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
  for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

reports=.test-results
mkdir -p "$reports"
step "unit and integration tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"

step "production build (it must not open a database)"
build_data_dir="$(mktemp -d)/never-created"
DATA_DIR="$build_data_dir" npx next build >/tmp/trajectory-build.log 2>&1 || { cat /tmp/trajectory-build.log; exit 1; }
if [ -e "$build_data_dir" ]; then echo "next build touched the data dir $build_data_dir" >&2; exit 1; fi
echo "built without touching a database"

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  e2e_db="trajectory_e2e_$$"
  export E2E_DATABASE_URL="$(node scripts/create-database.mjs "$TEST_DATABASE_URL" "$e2e_db")"
  step "migrating the browser-test database on PostgreSQL (npm run db:migrate)"
  DATABASE_URL="$E2E_DATABASE_URL" npm run --silent db:migrate
fi

# Ports are taken from what is free unless given, since others may be using the machine.
export E2E_PORT="${E2E_PORT:-$(node scripts/free-port.mjs)}"
export E2E_PG_PORT="${E2E_PG_PORT:-$(node scripts/free-port.mjs)}"
export E2E_SPARE_PORT="${E2E_SPARE_PORT:-$(node scripts/free-port.mjs)}"
step "browser tests (Playwright + Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=list,json

node scripts/test-summary.mjs "$reports/vitest.json" "$reports/playwright.json"
