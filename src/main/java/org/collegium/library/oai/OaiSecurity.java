package org.collegium.library.oai;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Harvesters POST their requests from other machines, without a session or a CSRF token; the protocol only reads
 * public records, so {@code /oai} needs neither, and no session is made for it.
 */
@Configuration(proxyBeanMethods = false)
class OaiSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain oaiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(OaiController.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
