/**
 * The media library's inner workings: recognising a file by its content, inspecting office archives, storing
 * files under names the server makes, and the metadata rows. Reached through {@link org.collegium.academy.MediaLibrary}.
 */
package org.collegium.academy.media;
