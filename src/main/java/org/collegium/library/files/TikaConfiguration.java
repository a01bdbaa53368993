package org.collegium.library.files;

import org.apache.tika.Tika;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One Tika, with the parsers and container detectors found on the class path (PDF, Microsoft, OpenDocument). */
@Configuration(proxyBeanMethods = false)
class TikaConfiguration {

    @Bean
    Tika libraryTika() {
        return new Tika();
    }
}
