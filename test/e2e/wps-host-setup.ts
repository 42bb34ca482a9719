/** The e2e config's wps project: the harness pages it opens run the pane on the WPS host. */
process.env.HARNESS_HOST = 'wps';
