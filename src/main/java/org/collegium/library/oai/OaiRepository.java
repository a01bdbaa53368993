package org.collegium.library.oai;

/** How the repository names itself in its answer to Identify. */
record OaiRepository(String name, String baseUrl, String adminEmail) {
}
