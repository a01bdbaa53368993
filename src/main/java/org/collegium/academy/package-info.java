/**
 * Academies, the tenants of the learning side: each belongs to an organisation of the network, has its staff
 * (administrators, facilitators) and learners, its languages and its branding. Courses will belong to an academy.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network"})
package org.collegium.academy;
