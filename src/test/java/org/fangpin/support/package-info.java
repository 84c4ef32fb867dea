/**
 * What the API tests share: the running API with real services, and a tester per persona that sends a
 * real token obtained from Keycloak.
 */
@NullMarked
package org.fangpin.support;

import org.jspecify.annotations.NullMarked;
