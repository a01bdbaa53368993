/**
 * Accounts and sign-in, profiles, roles (platform, per academy, per organisation), and the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.collegium.identity;
