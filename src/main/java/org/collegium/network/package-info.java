/**
 * The network directory: organisations, their memberships of one another, partnerships and memoranda of understanding.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.collegium.network;
