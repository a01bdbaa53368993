/**
 * The shell around every module's pages: layout, navigation, language and time zone, error pages,
 * security configuration and the API's error format.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.collegium.web;
