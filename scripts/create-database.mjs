// Creates (or recreates) an empty database on a PostgreSQL server: `node scripts/create-database.mjs URL NAME`.
import postgres from "postgres";

const [serverUrl, name] = process.argv.slice(2);
if (!serverUrl || !name || !/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error(
    "usage: node scripts/create-database.mjs <server url> <database name: lower-case letters, digits, _>",
  );
  process.exit(2);
}
const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
await sql.unsafe(`drop database if exists ${name} with (force)`);
await sql.unsafe(`create database ${name}`);
await sql.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
console.log(url.toString());
