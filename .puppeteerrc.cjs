// Puppeteer only drives the system Firefox ESR here (see web-test-runner.config.mjs);
// its own browser download cannot work offline and is never needed.
module.exports = { skipDownload: true };
