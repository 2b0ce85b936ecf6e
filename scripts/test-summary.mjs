// Adds up the Vitest and Playwright JSON reports into one closing line: "Total: N passed, N failed, N skipped".
import fs from "node:fs";

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = JSON.parse(fs.readFileSync(vitestFile, "utf8"));
passed += vitest.numPassedTests;
failed += vitest.numFailedTests;
skipped += vitest.numPendingTests + vitest.numTodoTests;

const playwright = JSON.parse(fs.readFileSync(playwrightFile, "utf8"));
passed += playwright.stats.expected;
failed += playwright.stats.unexpected + playwright.stats.flaky;
skipped += playwright.stats.skipped;

console.log(`\nVitest: ${vitest.numPassedTests} passed; Playwright: ${playwright.stats.expected} passed`);
console.log(`Total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
