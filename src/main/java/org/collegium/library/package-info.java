/**
 * The municipal e-library: good practices, case studies, guides and other resources described on Dublin Core,
 * tagged with themes, the SDGs and the Sendai Framework, reviewed by each network's library editors, searchable
 * across languages and harvestable over OAI-PMH.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "network"})
package org.collegium.library;
