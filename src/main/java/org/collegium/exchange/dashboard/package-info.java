/**
 * The secretariat's dashboard of a programme: its requests by state, the expressions each drew, the time from a
 * request to its match, the budget committed and spent and the countries reached, with a CSV export. A read model
 * over the module's own tables, in a few queries whatever the number of requests.
 */
package org.collegium.exchange.dashboard;
