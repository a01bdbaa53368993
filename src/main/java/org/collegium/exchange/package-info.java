/**
 * Colleague-to-colleague exchanges: programmes run by a secretariat, their calls with deadlines, and (to come)
 * expertise requests, expressions of interest, matching, selection, exchanges and their reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network", "academy"})
package org.collegium.exchange;
