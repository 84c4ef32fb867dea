/**
 * 演示数据: a fictional county loaded into an empty database when {@code fangpin.demo-data.enabled}
 * (the {@code dev} profile and docker compose), matching the demo users of {@code keycloak/}.
 */
@NullMarked
package org.fangpin.demo;

import org.jspecify.annotations.NullMarked;
