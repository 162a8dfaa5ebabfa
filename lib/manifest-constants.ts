/**
 * Where the content script runs. `*.aliexpress.com` also matches the bare domain and every
 * national subdomain (ja., ko., es., …) plus login., passport. and accounts.; the other
 * storefronts are separate domains.
 */
export const ALIEXPRESS_MATCHES = [
  '*://*.aliexpress.com/*',
  '*://*.aliexpress.us/*',
  '*://*.aliexpress.ru/*',
];

/** Firefox needs a fixed add-on id; tests use it to pin the extension's UUID too. */
export const GECKO_ID = 'ali-lock-guide@example.org';
